using System.Text.Json.Nodes;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime;

namespace Bpm.Engine.UserTasks;

internal sealed partial class UserTaskService
{
    public Task ConfirmAsync(long taskKey, TaskActor actor, CancellationToken ct) =>
        engine.RunCommandAsync(MaySee(taskKey, actor, ct), async step =>
        {
            var (task, instance) = await step.LoadUserTaskAsync(taskKey);
            var access = await AccessAsync(task, actor, ct);
            access.RequireVisible();
            if (task.State != UserTaskState.Created) throw new EngineConflictException($"{TaskLabel.Of(task)}已不是待办状态（{StateText<UserTaskState>.Of(task.State)}），不能再办理");
            var required = rules.RequiredConfirmations(instance.Model.Node(task.ElementId));
            if (required == 0) throw new EngineConflictException($"{TaskLabel.Of(task)}不需要确认");
            var confirmed = await rules.ConfirmersAsync(task.Key, ct);
            if (confirmed.Contains(actor.Username)) throw new EngineConflictException($"{await People.PeopleNames.DisplayNameAsync(people, actor.Username, ct)}已确认过{TaskLabel.Of(task)}");
            await CheckAssignmentRulesAsync(step, instance, task, actor.Username, "officer", ct);
            step.RecordTaskEvent(instance, task, UserTaskEvents.Confirmed, actor.Username, new JsonObject
            {
                ["confirmations"] = confirmed.Count + 1,
                // The stored history's name for the number of confirmations a task takes.
                ["requiredOfficers"] = required,
            });
            return true;
        }, ct);
}
