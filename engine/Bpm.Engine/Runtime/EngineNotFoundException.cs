namespace Bpm.Engine.Runtime;

/// <summary>A key or process id that does not exist (the API answers 404).</summary>
public sealed class EngineNotFoundException(string message) : Exception(message);
