namespace Bpm.Engine.Persistence;

/// <summary>Another step committed a newer revision of an instance (or locked the same job) first; the command is retried.</summary>
public sealed class ConcurrencyConflictException(string message, Exception? inner = null) : Exception(message, inner);
