using System.Text.Json;
using System.Text.Json.Nodes;
using Bpm.Contracts.V1;
using Bpm.Engine.Hosting;
using Bpm.Engine.Messaging;

namespace Bpm.Bus.Contracts;

/// <summary>Builds and checks the JSON of an outbound contract message. The body is made of, in rising precedence: the
/// variables visible to the element, its task headers (a header holding a JSON object is read as one), and its input
/// mappings. The envelope fills in what the model left out: a new message id, sentAt (engine clock), caseNumber (the
/// instance's business key), sender (the configured organisation) and receiver (configured per message family).</summary>
internal static class OutboundPayload
{
    public static string Build(MessageContract contract, OutboundPayloadRequest request)
    {
        var body = new JsonObject();
        foreach (var (name, value) in request.Visible) body[name] = value?.DeepClone();
        foreach (var (name, value) in request.Headers) body[name] = HeaderValue(value);
        foreach (var (name, value) in request.Inputs) body[name] = value?.DeepClone();
        body["messageId"] = request.MessageId.ToString();
        body["sentAt"] = request.SentAt.ToString("O");
        if (IsMissing(body["caseNumber"]) && request.BusinessKey is not null) body["caseNumber"] = request.BusinessKey;
        if (IsMissing(body["sender"])) body["sender"] = JsonSerializer.SerializeToNode(Organisation(request.Sender), MessageCatalog.Json);
        if (IsMissing(body["receiver"]) && request.Receiver is { } receiver)
            body["receiver"] = JsonSerializer.SerializeToNode(Organisation(receiver), MessageCatalog.Json);
        AgencyMessage message;
        try
        {
            message = MessageCatalog.Deserialize(contract, body.ToJsonString());
        }
        catch (JsonException ex)
        {
            throw new OutboundPayloadException($"消息「{contract.Name}」的报文与其接口约定不符：{ex.Message}", ex);
        }
        return MessageCatalog.Serialize(message);
    }

    private static OrganisationRef Organisation(OrganisationOptions configured) =>
        new() { CreditCode = configured.CreditCode, Name = configured.Name, RegionCode = configured.RegionCode };

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
