namespace Bpm.Engine.Escalations;

/// <summary>How an escalation was settled.</summary>
public static class EscalationResolutions
{
    public const string Reassigned = "REASSIGNED";
    public const string Extended = "EXTENDED";
    public const string Decided = "DECIDED";
    /// <summary>Its tasks ended without a head's action (the officer finished, or the case was canceled).</summary>
    public const string Closed = "CLOSED";
}
