using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using Bpm.Bus.Senders;
using Bpm.Engine.Messaging;
using Bpm.Server.Auth.Policies;
using Bpm.Server.Integration;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>Publish a message (buffered for its time-to-live, idempotent by message id) or correlate one synchronously: only
/// integration clients (<see cref="BpmPolicies.Integration"/>), and an agency's reply only from that agency's client. The
/// sender is recorded on the message and in the history of the instances it reaches.</summary>
public static class MessageEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/messages");
        group.MapPost("/publication", PublishAsync).AddEndpointFilter<IntegrationClientFilter>();
        group.MapPost("/correlation", CorrelateAsync).AddEndpointFilter<IntegrationClientFilter>();
    }

    private static async Task<IResult> PublishAsync(HttpRequest request, ClaimsPrincipal user, AgencySenderRules agencies,
        IMessageCorrelator messages, CancellationToken ct)
    {
        var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
        var name = JsonBody.RequiredString(body, "name");
        var variables = JsonBody.OptionalObject(body, "variables");
        var sender = SenderOf(user);
        if (Refusal(agencies, name, sender, variables) is { } refused) return refused;
        var command = new PublishMessageCommand(name, CorrelationKey(body), variables, TimeToLive(body),
            JsonBody.OptionalString(body, "messageId"), sender);
        var published = await messages.PublishAsync(command, ct);
        return Results.Ok(new PublishedMessageResponse(published.MessageKey.ToString(), published.ProcessInstanceKeys.Select(k => k.ToString()).ToList(),
            published.Duplicate));
    }

    private static async Task<IResult> CorrelateAsync(HttpRequest request, ClaimsPrincipal user, AgencySenderRules agencies,
        IMessageCorrelator messages, CancellationToken ct)
    {
        var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
        var name = JsonBody.RequiredString(body, "name");
        var variables = JsonBody.OptionalObject(body, "variables");
        var sender = SenderOf(user);
        if (Refusal(agencies, name, sender, variables) is { } refused) return refused;
        var command = new CorrelateMessageCommand(name, CorrelationKey(body), variables, sender);
        var instanceKey = await messages.CorrelateAsync(command, ct);
        return Results.Ok(new CorrelatedMessageResponse(instanceKey.ToString()));
    }

    private static MessageSender SenderOf(ClaimsPrincipal user) =>
        new(user.FindFirstValue(BpmClaims.Client) ?? "", user.FindFirstValue(BpmClaims.ClientOrganisation));

    /// <summary>403 naming the rule when the message is an agency's reply and the client does not speak for that agency.</summary>
    private static IResult? Refusal(AgencySenderRules agencies, string name, MessageSender sender, JsonObject? variables) =>
        agencies.HttpProblem(name, sender.Organisation ?? "", variables) is { } problem
            ? Results.Problem($"{problem}（客户端 {sender.Client}）", statusCode: 403, title: "Forbidden",
                extensions: new Dictionary<string, object?> { ["rule"] = AgencySenderRules.Rule, ["field"] = "name" })
            : null;

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
            throw new ApiBadRequestException($"消息有效期 timeToLive「{text}」不是 ISO 8601 时长（例如 PT0S、PT1H、P7D）。", "timeToLive");
        }
        return ttl >= TimeSpan.Zero ? ttl : throw new ApiBadRequestException("消息有效期 timeToLive 不能为负。", "timeToLive");
    }
}
