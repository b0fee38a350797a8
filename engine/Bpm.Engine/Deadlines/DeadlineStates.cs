namespace Bpm.Engine.Deadlines;

/// <summary>Whether a named deadline is counting (<see cref="Running"/>), stopped for a hearing, test, appraisal or
/// public notice (<see cref="Paused"/>), or over because its case ended (<see cref="Closed"/>).</summary>
public static class DeadlineStates
{
    public const string Running = "RUNNING";
    public const string Paused = "PAUSED";
    public const string Closed = "CLOSED";
}
