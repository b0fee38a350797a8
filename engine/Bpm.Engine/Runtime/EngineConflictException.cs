namespace Bpm.Engine.Runtime;

/// <summary>The command does not fit the current state, e.g. completing a task that is already completed (the API answers 409).</summary>
public class EngineConflictException(string message) : Exception(message);
