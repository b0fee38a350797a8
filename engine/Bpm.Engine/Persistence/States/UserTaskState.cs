namespace Bpm.Engine.Persistence.States;

/// <summary>A user task's state, stored and shown as <c>CREATED</c> (open) / <c>COMPLETED</c> / <c>CANCELED</c>
/// (<see cref="StateText{TState}"/>).</summary>
public enum UserTaskState
{
    Created,
    Completed,
    Canceled,
}
