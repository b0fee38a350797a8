namespace Bpm.Bus.ErrorQueue;

/// <summary>A message MassTransit moved to the error queue after its consumer kept failing, with the fault it recorded.</summary>
public sealed record ErrorQueueMessage(Guid? MessageId, string? MessageType, string? Reason, string? ExceptionType,
    DateTimeOffset? FaultedAt, bool Redelivered);
