namespace Bpm.Engine.Messaging;

/// <summary>Who sent a message: the authenticated client (an integration client id, or the bus endpoint it came from) and
/// the organisation it speaks for (an organisation unit id over HTTP, the sender's credit code over the bus).</summary>
public sealed record MessageSender(string Client, string? Organisation);
