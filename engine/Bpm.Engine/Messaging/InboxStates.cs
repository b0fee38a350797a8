namespace Bpm.Engine.Messaging;

/// <summary>The states of an inbox message.</summary>
public static class InboxStates
{
    public const string Correlated = "CORRELATED";
    public const string Parked = "PARKED";
}
