using System.Text.Json;
using System.Text.Json.Nodes;
using Bpm.Contracts.V1;

namespace Bpm.Engine.Messaging;

/// <summary>Builds and checks the JSON of an outbound contract message. The body is made of, in rising precedence: the
/// variables visible to the element, its task headers (a header holding a JSON object is read as one), and its input
/// mappings. The envelope fills in what the model left out: a new message id, sentAt (engine clock), caseNumber (the
/// instance's business key), sender (the configured organisation) and receiver (configured per message family).</summary>
internal static class OutboundPayload
{
    public static string Build(MessageContract contract, IReadOnlyDictionary<string, JsonNode?> visible,
        IReadOnlyDictionary<string, string> headers, IReadOnlyDictionary<string, JsonNode?> inputs,
        Guid messageId, DateTimeOffset sentAt, string? businessKey, OrganisationRef defaultSender, OrganisationRef? defaultReceiver)
    {
        var body = new JsonObject();
        foreach (var (name, value) in visible) body[name] = value?.DeepClone();
        foreach (var (name, value) in headers) body[name] = HeaderValue(value);
        foreach (var (name, value) in inputs) body[name] = value?.DeepClone();
        body["messageId"] = messageId.ToString();
        body["sentAt"] = sentAt.ToString("O");
        if (IsMissing(body["caseNumber"]) && businessKey is not null) body["caseNumber"] = businessKey;
        if (IsMissing(body["sender"])) body["sender"] = JsonSerializer.SerializeToNode(defaultSender, MessageCatalog.Json);
        if (IsMissing(body["receiver"]) && defaultReceiver is not null) body["receiver"] = JsonSerializer.SerializeToNode(defaultReceiver, MessageCatalog.Json);
        AgencyMessage message;
        try
        {
            message = MessageCatalog.Deserialize(contract, body.ToJsonString());
        }
        catch (JsonException ex)
        {
            throw new OutboundPayloadException($"the body of message '{contract.Name}' does not match its contract: {ex.Message}", ex);
        }
        return MessageCatalog.Serialize(message);
    }

    private static bool IsMissing(JsonNode? node) => node is null || (node is JsonValue v && v.TryGetValue<string>(out var s) && s.Length == 0);

    private static JsonNode? HeaderValue(string value)
    {
        if (value.StartsWith('{'))
        {
            try
            {
                return JsonNode.Parse(value);
            }
            catch (JsonException)
            {
                // Not JSON after all: the header is plain text.
            }
        }
        return JsonValue.Create(value);
    }
}
