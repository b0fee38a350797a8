namespace Bpm.Engine.Activities;

/// <summary>Inline: runs inside the step that reaches it (fast, for short pure work; a failure falls back to a retried job).
/// Job: the step commits a job first and a job worker runs it afterwards (for I/O and anything slow).</summary>
public enum ActivityExecutionMode { Job, Inline }
