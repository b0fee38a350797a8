namespace Bpm.Engine.Messaging;

/// <summary>The states of an inbox message.</summary>
public static class InboxStates
{
    public const string Correlated = "CORRELATED";
    public const string Parked = "PARKED";
    /// <summary>Its sender may not send it: kept with the reason, never correlated, not even on replay.</summary>
    public const string Refused = "REFUSED";
}
