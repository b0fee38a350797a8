using System.Security.Claims;
using Bpm.Engine.UserTasks;
using Bpm.Server.Auth;
using Bpm.Server.Auth.Policies;
using Bpm.Engine.Forms;
using Bpm.Server.Problems;
using Bpm.Engine.Records;
using Bpm.Server.Records;

namespace Bpm.Server.Endpoints;

/// <summary>Deployed forms for the designer (<c>/api/forms</c>) and a user task's form with its current values
/// (<c>/api/user-tasks/{key}/form</c>, only for a caller who may see the task).</summary>
public static class FormEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/forms", async (IFormQueries forms, CancellationToken ct) =>
            Results.Ok(new ItemsResponse<FormInfo>(await forms.ListLatestAsync(ct)))).RequireAuthorization(BpmPolicies.Person);

        api.MapGet("/forms/{id}", async (string id, int? version, IFormQueries forms, CancellationToken ct) =>
        {
            if (version is < 1) throw new ApiBadRequestException($"「{version}」不是有效的版本号：版本号从 1 开始。", "version");
            return await forms.GetAsync(id, version, ct) is { } form
                ? Results.Ok(form)
                : ApiProblems.NotFound(version is { } v ? $"表单「{id}」没有第 {v} 版" : $"表单「{id}」尚未部署");
        }).RequireAuthorization(BpmPolicies.Person);

        // The values are case data: the task's visibility rule applies first (403 task-visibility), as on every task route.
        api.MapGet("/user-tasks/{key}/form", async (string key, ClaimsPrincipal user, IUserTaskService tasks, IFormQueries forms, CancellationToken ct) =>
        {
            var taskKey = RouteKeys.Parse(key, "key");
            await tasks.GetAsync(taskKey, TaskActors.From(user), ct);
            return Results.Ok(await forms.GetTaskFormAsync(taskKey, ct));
        }).RequireAuthorization(BpmPolicies.CaseRole).RecordsCaseRead(CaseReadKind.Task, "task-form");
    }
}
