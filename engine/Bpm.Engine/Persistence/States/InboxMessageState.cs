namespace Bpm.Engine.Persistence.States;

/// <summary>What became of a received message, stored and shown as <c>CORRELATED</c> / <c>PARKED</c> / <c>REFUSED</c>
/// (<see cref="StateText{TState}"/>).</summary>
public enum InboxMessageState
{
    Correlated,
    /// <summary>Nothing waited for it yet: kept, and correlated when a subscription opens or on replay.</summary>
    Parked,
    /// <summary>Its sender may not send it: kept with the reason, never correlated, not even on replay.</summary>
    Refused,
}
