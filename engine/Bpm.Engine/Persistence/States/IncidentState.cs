namespace Bpm.Engine.Persistence.States;

/// <summary>An incident's state, stored and shown as <c>ACTIVE</c> / <c>RESOLVED</c> (<see cref="StateText{TState}"/>).</summary>
public enum IncidentState
{
    Active,
    Resolved,
}
