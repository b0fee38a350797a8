namespace Bpm.Engine.Escalations;

/// <summary>An escalation's state, stored and shown as <c>OPEN</c> / <c>RESOLVED</c> (<see cref="Persistence.States.StateText{TState}"/>).</summary>
public enum EscalationState
{
    Open,
    Resolved,
}
