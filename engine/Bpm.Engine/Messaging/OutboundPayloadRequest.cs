using System.Text.Json.Nodes;
using Bpm.Engine.Hosting;

namespace Bpm.Engine.Messaging;

/// <summary>What an outbound contract message is built from: the variables visible to the element, its task headers and
/// input mappings (in rising precedence), and the envelope's defaults (a new message id, the engine clock, the instance's
/// business key, the configured sender and the receiver configured for the message family, if any).</summary>
public sealed record OutboundPayloadRequest(
    string MessageName,
    IReadOnlyDictionary<string, JsonNode?> Visible,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, JsonNode?> Inputs,
    Guid MessageId,
    DateTimeOffset SentAt,
    string? BusinessKey,
    OrganisationOptions Sender,
    OrganisationOptions? Receiver);
