using System.Globalization;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace Bpm.Bus.ErrorQueue;

/// <summary>Reads the MT-Fault-* headers MassTransit writes on a message it moves to the error queue.</summary>
internal static class FaultHeaders
{
    public static ErrorQueueMessage Describe(IReadOnlyBasicProperties properties, ReadOnlyMemory<byte> body, bool redelivered)
    {
        var headers = properties.Headers;
        var faultedAt = DateTimeOffset.TryParse(Text(headers, "MT-Fault-Timestamp"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : (DateTimeOffset?)null;
        return new ErrorQueueMessage(Guid.TryParse(properties.MessageId, out var id) ? id : null, MessageType(body),
            Text(headers, "MT-Fault-Message"), Text(headers, "MT-Fault-ExceptionType"), faultedAt, redelivered);
    }

    /// <summary>True for the headers that describe the fault; a replayed message goes back without them.</summary>
    public static bool IsFaultHeader(string name) =>
        name.StartsWith("MT-Fault-", StringComparison.Ordinal) || name == "MT-Reason";

    private static string? Text(IDictionary<string, object?>? headers, string name) =>
        headers?.TryGetValue(name, out var value) == true
            ? value switch { byte[] bytes => Encoding.UTF8.GetString(bytes), null => null, _ => value.ToString() }
            : null;

    // The MassTransit JSON envelope names the message type as "urn:message:Namespace:Type".
    private static string? MessageType(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array
                && types.GetArrayLength() > 0
                ? types[0].GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
