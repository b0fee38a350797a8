using Bpm.Server.Auth.Policies;
using System.Globalization;
using System.Security.Claims;
using Bpm.Engine.Escalations;
using Bpm.Engine.Persistence.States;
using Bpm.Server.Auth;
using Bpm.Server.Problems;
using Bpm.Server.Records;
using Bpm.Engine.Records;

namespace Bpm.Server.Endpoints;

/// <summary>The heads' escalation inbox (督办与争议): list and read escalations, and settle one by reassigning the escalated
/// task, extending its time with a reason, or deciding. Each action answers 200 with the resolved escalation.</summary>
public static class EscalationEndpoints
{
    private static readonly string[] States = [.. StateText<EscalationState>.All, "ALL"];
    private static readonly string[] Reasons = [EscalationReasons.Overdue, EscalationReasons.Escalation, EscalationReasons.Dispute];

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/escalations").RequireAuthorization(BpmPolicies.CaseRole);
        group.MapGet("", async (string? state, string? reason, string? processInstanceKey, int? page, int? pageSize,
            ClaimsPrincipal user, IEscalationService escalations, CancellationToken ct) =>
        {
            var query = new EscalationQuery
            {
                State = QueryValues.OneOf(state, "state", States) ?? StateText<EscalationState>.Of(EscalationState.Open),
                Reason = QueryValues.OneOf(reason, "reason", Reasons),
                ProcessInstanceKey = RouteKeys.ParseOptional(processInstanceKey, "processInstanceKey")?.ToString(CultureInfo.InvariantCulture),
                Page = QueryValues.AtLeastOne(page, "page", 1),
                PageSize = QueryValues.AtLeastOne(pageSize, "pageSize", 50),
            };
            return Results.Ok(await escalations.ListAsync(query, TaskActors.From(user), ct));
        });
        group.MapGet("/{key}", async (string key, ClaimsPrincipal user, IEscalationService escalations, CancellationToken ct) =>
            Results.Ok(await escalations.GetAsync(RouteKeys.Parse(key, "key"), TaskActors.From(user), ct)))
            .RecordsCaseRead(CaseReadKind.Escalation, "escalation");
        group.MapPost("/{key}/reassignment", async (string key, HttpRequest request, ClaimsPrincipal user, IEscalationService escalations, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
            return Results.Ok(await escalations.ReassignAsync(RouteKeys.Parse(key, "key"), JsonBody.RequiredString(body, "assignee"),
                JsonBody.OptionalString(body, "reason"), TaskActors.From(user), ct));
        });
        group.MapPost("/{key}/extension", async (string key, HttpRequest request, ClaimsPrincipal user, IEscalationService escalations, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
            var extension = new EscalationExtension(JsonBody.RequiredString(body, "reason"), JsonBody.OptionalInt(body, "workingDays"),
                DueDate(JsonBody.OptionalString(body, "dueDate")), JsonBody.OptionalString(body, "deadline"));
            return Results.Ok(await escalations.ExtendAsync(RouteKeys.Parse(key, "key"), extension, TaskActors.From(user), ct));
        });
        group.MapPost("/{key}/decision", async (string key, HttpRequest request, ClaimsPrincipal user, IEscalationService escalations, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
            return Results.Ok(await escalations.DecideAsync(RouteKeys.Parse(key, "key"), JsonBody.RequiredString(body, "decision"),
                JsonBody.OptionalObject(body, "variables"), TaskActors.From(user), ct));
        });
    }

    private static DateTimeOffset? DueDate(string? text) =>
        text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var due) && text.Contains('T')
            ? due
            : throw new ApiBadRequestException($"「{text}」不是带时区的 ISO 8601 日期时间，例如 2026-12-01T17:00:00+08:00。", "dueDate");
}
