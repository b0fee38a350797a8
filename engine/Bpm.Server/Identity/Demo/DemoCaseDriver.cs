using System.Text.Json.Nodes;
using Bpm.Engine.People;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Queries;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Commands;
using Bpm.Engine.UserTasks;

namespace Bpm.Server.Identity.Demo;

/// <summary>Moves demo cases forward through the engine's public services, as the demo people would: start an instance,
/// wait for a task, claim it and complete it with the form's values.</summary>
public sealed class DemoCaseDriver(IProcessEngine engine, IEngineQueries queries, IUserTaskService tasks, IPeopleDirectory people)
{
    // Tasks behind job activities appear once the background workers ran; this bounds the wait for one task.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public async Task<long> StartAsync(string processId, string businessKey, JsonObject variables, CancellationToken ct) =>
        long.Parse((await engine.StartProcessInstanceAsync(new StartProcessInstanceCommand(processId, null, businessKey, variables), ct)).ProcessInstanceKey);

    public async Task<bool> ExistsAsync(string processId, string businessKey, CancellationToken ct) =>
        (await queries.ListInstancesAsync(new ProcessInstanceFilter(null, processId, businessKey, 1, 1), ct)).Items.Count > 0;

    public async Task<bool> IsDeployedAsync(string processId, CancellationToken ct) =>
        (await queries.ListDefinitionsAsync(processId, ct)).Count > 0;

    public async Task CompleteAsync(string username, long instanceKey, string elementId, JsonObject variables, CancellationToken ct)
    {
        var task = await OpenTaskAsync(instanceKey, elementId, ct);
        var person = await people.FindAsync(username, ct) ?? throw new InvalidOperationException($"demo user '{username}' is not in the people directory");
        var actor = new TaskActor(username, person.Roles);
        var key = long.Parse(task.UserTaskKey);
        if (task.Assignee != username) await tasks.ClaimAsync(key, actor, ct);
        await tasks.CompleteAsync(key, variables, actor, ct);
    }

    public async Task<UserTaskInfo> OpenTaskAsync(long instanceKey, string elementId, CancellationToken ct)
    {
        var until = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var open = await queries.ListUserTasksAsync(new UserTaskFilter(instanceKey.ToString(), StateText<UserTaskState>.Of(UserTaskState.Created), null, null, 1, 100), ct);
            if (open.Items.FirstOrDefault(t => t.ElementId == elementId) is { } task) return task;
            if (DateTimeOffset.UtcNow > until) throw new TimeoutException($"demo case {instanceKey}: task '{elementId}' did not appear");
            await Task.Delay(200, ct);
        }
    }
}
