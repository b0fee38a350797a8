namespace Bpm.Bus.Tests.Recovery;

/// <summary>One row of the engine's <c>outbox</c> table as the SQLite file holds it (<see cref="LastError"/> of a failed attempt).</summary>
public sealed record OutboxRow(long Id, Guid MessageId, string MessageType, bool Dispatched, int Attempts, string? LastError = null);
