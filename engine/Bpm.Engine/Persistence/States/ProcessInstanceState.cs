namespace Bpm.Engine.Persistence.States;

/// <summary>A process instance's state, stored and shown as <c>ACTIVE</c> / <c>COMPLETED</c> / <c>TERMINATED</c>
/// (<see cref="StateText{TState}"/>).</summary>
public enum ProcessInstanceState
{
    Active,
    Completed,
    Terminated,
}
