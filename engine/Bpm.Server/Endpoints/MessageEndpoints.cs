using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using Bpm.Engine.Messaging;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>Publish a message (buffered for its time-to-live, idempotent by message id) or correlate one synchronously.</summary>
public static class MessageEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/messages");
        group.MapPost("/publication", PublishAsync);
        group.MapPost("/correlation", CorrelateAsync);
    }

    private static async Task<IResult> PublishAsync(HttpRequest request, IMessageCorrelator messages, CancellationToken ct)
    {
        var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
        var command = new PublishMessageCommand(
            JsonBody.RequiredString(body, "name"),
            CorrelationKey(body),
            JsonBody.OptionalObject(body, "variables"),
            TimeToLive(body),
            JsonBody.OptionalString(body, "messageId"));
        var published = await messages.PublishAsync(command, ct);
        return Results.Ok(new PublishedMessageResponse(published.MessageKey.ToString(), published.ProcessInstanceKeys.Select(k => k.ToString()).ToList(),
            published.Duplicate));
    }

    private static async Task<IResult> CorrelateAsync(HttpRequest request, IMessageCorrelator messages, CancellationToken ct)
    {
        var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
        var command = new CorrelateMessageCommand(JsonBody.RequiredString(body, "name"), CorrelationKey(body), JsonBody.OptionalObject(body, "variables"));
        var instanceKey = await messages.CorrelateAsync(command, ct);
        return Results.Ok(new CorrelatedMessageResponse(instanceKey.ToString()));
    }

    /// <summary>A string, or a number taken as its text (case numbers are sometimes numeric).</summary>
    private static string? CorrelationKey(JsonObject body) => body["correlationKey"] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.ToJsonString(),
        _ => JsonBody.OptionalString(body, "correlationKey"),
    };

    private static TimeSpan TimeToLive(JsonObject body)
    {
        var text = JsonBody.OptionalString(body, "timeToLive");
        if (string.IsNullOrWhiteSpace(text)) return TimeSpan.Zero;
        TimeSpan ttl;
        try
        {
            ttl = XmlConvert.ToTimeSpan(text.Trim());
        }
        catch (FormatException)
        {
            throw new ApiBadRequestException($"timeToLive '{text}' is not an ISO 8601 duration (e.g. PT0S, PT1H, P7D).", "timeToLive");
        }
        return ttl >= TimeSpan.Zero ? ttl : throw new ApiBadRequestException("timeToLive must not be negative.", "timeToLive");
    }
}
