namespace Bpm.Engine.Persistence.States;

/// <summary>A job's state, stored as <c>ACTIVATABLE</c> (waiting for a worker) / <c>FAILED</c> (no retries left, an
/// incident is open) (<see cref="StateText{TState}"/>).</summary>
public enum JobState
{
    Activatable,
    Failed,
}
