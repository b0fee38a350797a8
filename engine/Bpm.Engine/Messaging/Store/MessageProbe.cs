namespace Bpm.Engine.Messaging.Store;

/// <summary>What a committed step may now be able to receive from the buffer: a message subscription it opened (name and
/// key), or, with a null name, any message with the key of a keyed message-start instance that ended.</summary>
internal readonly record struct MessageProbe(string? Name, string? CorrelationKey);
