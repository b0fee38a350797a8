namespace Bpm.Engine.Deadlines;

/// <summary>Whether a named deadline is counting (<see cref="Running"/>) or stopped for a hearing, test, appraisal or
/// public notice (<see cref="Paused"/>).</summary>
public static class DeadlineStates
{
    public const string Running = "RUNNING";
    public const string Paused = "PAUSED";
}
