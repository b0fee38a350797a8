using System.Text.Json.Nodes;

namespace Bpm.Server.Endpoints;

/// <summary>The reply the simulator composed for a request; <c>sent</c> once the bus accepted it.</summary>
public sealed record SimulatorReplyResponse(string Name, Guid MessageId, JsonObject Body, bool Sent);
