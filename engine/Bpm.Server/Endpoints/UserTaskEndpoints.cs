using Bpm.Engine.Queries;
using Bpm.Engine.Runtime;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>List user tasks and complete one.</summary>
public static class UserTaskEndpoints
{
    public static readonly string[] States = ["CREATED", "COMPLETED", "CANCELED"];

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/user-tasks");
        group.MapGet("", ListAsync);
        group.MapPost("/{key}/completion", CompleteAsync);
    }

    private static async Task<IResult> ListAsync(string? processInstanceKey, string? state, string? assignee, string? candidateGroup,
        int? page, int? pageSize, IEngineQueries queries, CancellationToken ct)
    {
        var instanceKey = RouteKeys.ParseOptional(processInstanceKey, "processInstanceKey");
        var filter = new UserTaskFilter(instanceKey?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            QueryValues.OneOf(state, "state", States), assignee, candidateGroup,
            QueryValues.AtLeastOne(page, "page", 1), QueryValues.AtLeastOne(pageSize, "pageSize", 50));
        return Results.Ok(await queries.ListUserTasksAsync(filter, ct));
    }

    private static async Task<IResult> CompleteAsync(string key, HttpRequest request, IProcessEngine engine, CancellationToken ct)
    {
        var taskKey = RouteKeys.Parse(key, "key");
        var body = await JsonBody.ReadObjectAsync(request, optional: true, ct);
        await engine.CompleteUserTaskAsync(taskKey, JsonBody.OptionalObject(body, "variables"), ct);
        return Results.NoContent();
    }
}
