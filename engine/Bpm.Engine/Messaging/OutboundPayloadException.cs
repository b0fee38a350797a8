namespace Bpm.Engine.Messaging;

/// <summary>An outbound message's body does not fit its contract (a required field missing, a value of the wrong type).</summary>
public sealed class OutboundPayloadException(string message, Exception inner) : Exception(message, inner);
