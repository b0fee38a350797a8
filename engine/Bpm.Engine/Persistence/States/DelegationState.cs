namespace Bpm.Engine.Persistence.States;

/// <summary>Where a delegated user task stands, stored and shown as <c>PENDING</c> (the delegate works it) / <c>RESOLVED</c>
/// (handed back to its owner) (<see cref="StateText{TState}"/>); a task never delegated has none.</summary>
public enum DelegationState
{
    Pending,
    Resolved,
}
