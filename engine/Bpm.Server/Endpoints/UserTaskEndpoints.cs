using Bpm.Engine.Persistence.States;
using Bpm.Server.Auth.Policies;
using System.Security.Claims;
using Bpm.Engine.UserTasks;
using Bpm.Server.Auth;
using Bpm.Server.Problems;
using Bpm.Engine.Records;
using Bpm.Server.Records;

namespace Bpm.Server.Endpoints;

/// <summary>The inbox, one task, and completion. Lifecycle and content routes: <see cref="UserTaskLifecycleEndpoints"/>,
/// <see cref="UserTaskContentEndpoints"/>. Every route applies the task access rules (403 problem naming the rule).</summary>
public static class UserTaskEndpoints
{
    public static readonly string[] States = StateText<UserTaskState>.All;
    private static readonly string[] Sorts = ["dueDate", "priority", "created"];
    private static readonly string[] Orders = ["asc", "desc"];

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/user-tasks").RequireAuthorization(BpmPolicies.CaseRole);
        group.MapGet("", ListAsync);
        group.MapGet("/{key}", async (string key, ClaimsPrincipal user, IUserTaskService tasks, CancellationToken ct) =>
            Results.Ok(await tasks.GetAsync(RouteKeys.Parse(key, "key"), TaskActors.From(user), ct)))
            .RecordsCaseRead(CaseReadKind.Task, "task");
        group.MapPost("/{key}/completion", CompleteAsync);
        UserTaskLifecycleEndpoints.Map(group);
        UserTaskContentEndpoints.Map(group);
    }

    private static async Task<IResult> ListAsync(string? processInstanceKey, string? state, string? assignee, string? candidateGroup,
        bool? assignedToMe, bool? candidateForMe, string? organisation, DateTimeOffset? dueBefore, bool? overdue, string? sort, string? order,
        int? page, int? pageSize, ClaimsPrincipal user, IUserTaskService tasks, CancellationToken ct)
    {
        var instanceKey = RouteKeys.ParseOptional(processInstanceKey, "processInstanceKey");
        var query = new InboxQuery
        {
            ProcessInstanceKey = instanceKey?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            State = QueryValues.OneOf(state, "state", States),
            Assignee = assignee,
            CandidateGroup = candidateGroup,
            AssignedToMe = assignedToMe ?? false,
            CandidateForMe = candidateForMe ?? false,
            Organisation = organisation,
            DueBefore = dueBefore,
            Overdue = overdue ?? false,
            Sort = Exactly(sort, "sort", Sorts) ?? "created",
            Order = Exactly(order, "order", Orders),
            Page = QueryValues.AtLeastOne(page, "page", 1),
            PageSize = QueryValues.AtLeastOne(pageSize, "pageSize", 50),
        };
        return Results.Ok(await tasks.ListAsync(query, TaskActors.From(user), ct));
    }

    private static async Task<IResult> CompleteAsync(string key, HttpRequest request, ClaimsPrincipal user, IUserTaskService tasks, CancellationToken ct)
    {
        var taskKey = RouteKeys.Parse(key, "key");
        var body = await JsonBody.ReadObjectAsync(request, optional: true, ct);
        await tasks.CompleteAsync(taskKey, JsonBody.OptionalObject(body, "variables"), TaskActors.From(user), ct);
        return Results.NoContent();
    }

    private static string? Exactly(string? raw, string field, string[] allowed) =>
        string.IsNullOrEmpty(raw) ? null
        : allowed.Contains(raw) ? raw
        : throw new ApiBadRequestException($"「{raw}」不是有效的 {field}，可选值：{string.Join("、", allowed)}。", field);
}
