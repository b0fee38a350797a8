using System.Text.Json.Nodes;
using Bpm.Engine.People;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime;

namespace Bpm.Engine.UserTasks;

internal sealed partial class UserTaskService
{
    private const DelegationState DelegationPending = DelegationState.Pending;

    public async Task AssignAsync(long taskKey, string assignee, TaskActor actor, CancellationToken ct)
    {
        Require(assignee, "assignee");
        var by = await people.DisplayNameAsync(actor.Username, ct);
        await ChangeAsync(taskKey, actor, requireOpen: true, (step, instance, task, access) =>
        {
            access.Require(access.IsAdmin || access.Oversees, "assign-requires-head",
                "只有管理员或任务所属机构（或上级机构）的负责人可以分配任务，司法局监督人只读");
            if (task.DelegationState == DelegationPending) throw new TaskHeldConflict(task.Assignee!, name => $"{TaskLabel.Of(task)}已委托给{name}，须先办结委托");
            var previous = task.Assignee;
            task.Assignee = assignee;
            task.Owner = null;
            task.DelegationState = null;
            step.Changes.Track(task);
            step.RecordTaskEvent(instance, task, UserTaskEvents.Assigned, actor.Username, new JsonObject { ["assignee"] = assignee, ["previousAssignee"] = previous });
            step.Notify(assignee, NotificationKinds.Assigned, task, $"{by}将任务「{Label(task)}」分配给您");
            return true;
        }, ct, assigneeField: "assignee", handover: true);
    }

    public Task UnassignAsync(long taskKey, TaskActor actor, CancellationToken ct) =>
        ChangeAsync(taskKey, actor, requireOpen: true, (step, instance, task, access) =>
        {
            access.Require(access.IsAssignee || access.IsAdmin || access.Oversees, "unassign-requires-assignee-or-head",
                "只有办理人本人、管理员或所属机构的负责人可以取消分配");
            if (task.DelegationState == DelegationPending) throw new TaskHeldConflict(task.Assignee!, name => $"{TaskLabel.Of(task)}已委托给{name}，须先办结委托");
            if (task.Assignee is null) throw new EngineConflictException($"{TaskLabel.Of(task)}尚未分配给任何人");
            var previous = task.Assignee;
            task.Assignee = null;
            task.DelegationState = null;
            step.Changes.Track(task);
            step.RecordTaskEvent(instance, task, UserTaskEvents.Unassigned, actor.Username, new JsonObject { ["previousAssignee"] = previous });
            return true;
        }, ct);

    public Task ClaimAsync(long taskKey, TaskActor actor, CancellationToken ct) =>
        ChangeAsync(taskKey, actor, requireOpen: true, (step, instance, task, access) =>
        {
            access.Require(access.IsCandidate, "claim-requires-candidate",
                "只有候选人或候选组成员可以认领任务");
            if (task.Assignee is not null) throw new TaskHeldConflict(task.Assignee, name => $"{TaskLabel.Of(task)}已由{name}签收");
            task.Assignee = actor.Username;
            step.Changes.Track(task);
            step.RecordTaskEvent(instance, task, UserTaskEvents.Claimed, actor.Username, new JsonObject { ["assignee"] = actor.Username });
            return true;
        }, ct, assigneeField: "assignee");

    public async Task DelegateAsync(long taskKey, string to, TaskActor actor, CancellationToken ct)
    {
        Require(to, "to");
        if (to == actor.Username) throw new InvalidCommandException("不能把任务委托给自己", "to");
        var by = await people.DisplayNameAsync(actor.Username, ct);
        await ChangeAsync(taskKey, actor, requireOpen: true, (step, instance, task, access) =>
        {
            access.Require(access.IsAssignee && task.DelegationState != DelegationPending, "delegate-requires-assignee",
                "只有任务的办理人可以委托任务（被委托人只能退回）");
            task.Owner = actor.Username;
            task.Assignee = to;
            task.DelegationState = DelegationPending;
            step.Changes.Track(task);
            step.RecordTaskEvent(instance, task, UserTaskEvents.Delegated, actor.Username, new JsonObject { ["to"] = to, ["owner"] = actor.Username });
            step.Notify(to, NotificationKinds.Delegated, task, $"{by}将任务「{Label(task)}」委托给您");
            return true;
        }, ct, assigneeField: "to", handover: true);
    }

    public async Task ResolveAsync(long taskKey, JsonObject? variables, TaskActor actor, CancellationToken ct)
    {
        if (variables is { Count: > 0 }) await RequireFormFieldsAsync(taskKey, variables, ct);
        await ChangeAsync(taskKey, actor, requireOpen: true, (step, instance, task, access) =>
        {
            if (task.DelegationState != DelegationPending) throw new EngineConflictException($"{TaskLabel.Of(task)}没有被委托");
            // The owner or a head can always take a delegated task back, so a delegate who is absent cannot strand it.
            access.Require(access.IsAssignee || access.IsOwner || access.Oversees || access.IsAdmin, "resolve-requires-delegate-owner-or-head",
                "只有被委托人、委托人、所属机构的负责人或管理员可以收回委托的任务");
            if (variables is { Count: > 0 })
            {
                if (!access.IsAssignee)
                    throw new InvalidCommandException("只有被委托人可以随办结委托提交表单内容", "variables");
                // Local to the task's element: the owner's form shows them, and they leave with the task unless submitted.
                step.Actor = actor.Username;
                foreach (var (name, value) in variables.ToArray())
                    step.SetLocal(instance, task.ElementInstanceKey, name, value?.DeepClone());
            }
            var owner = task.Owner!;
            task.Assignee = owner;
            task.Owner = null;
            task.DelegationState = DelegationState.Resolved;
            step.Changes.Track(task);
            step.RecordTaskEvent(instance, task, UserTaskEvents.Resolved, actor.Username, new JsonObject { ["returnedTo"] = owner });
            return true;
        }, ct);
    }

    /// <summary>A delegate's values are a draft of the form, so only its fields (required ones may still be empty).</summary>
    private async Task RequireFormFieldsAsync(long taskKey, JsonObject variables, CancellationToken ct)
    {
        var task = await context.Store.FindUserTaskAsync(taskKey, ct) ?? throw EngineNotFoundException.Missing("user task", taskKey);
        var form = await Forms.TaskFormCheck.BoundFormAsync(context.Forms, task, ct)
            ?? throw new InvalidCommandException($"{TaskLabel.Of(task)}没有表单，办结委托不能提交表单内容", "variables");
        var root = form.Schema.Root;
        foreach (var (name, _) in variables)
            if (!root.Fields.ContainsKey(name) && !root.Scopes.ContainsKey(name))
                throw new InvalidCommandException($"{name} 不是表单「{form.FormId}」的字段", name);
    }

    public Task CompleteAsync(long taskKey, JsonObject? variables, TaskActor actor, CancellationToken ct) =>
        engine.CompleteUserTaskAsync(taskKey, variables, actor.Username, MaySee(taskKey, actor, ct), async (step, task) =>
        {
            var access = await AccessAsync(task, actor, ct);
            access.RequireVisible();
            if (!access.IsAdmin) RequireMayComplete(task, access);
            var instance = await step.LoadAsync(task.ProcessInstanceKey);
            await CheckAssignmentRulesAsync(step, instance, task, task.Assignee ?? actor.Username, "assignee", ct);
            await rules.CheckCompletionAsync(instance.Model.Node(task.ElementId), task, task.Assignee ?? actor.Username, step.Now, variables, ct);
            invariants.Check(instance, task, variables, ct);
            var completion = new UserTaskCompletionCheck(instance.Model.Node(task.ElementId), task.Key, task.Name,
                token => ReadAttachmentsAsync(task.Key, token));
            foreach (var rule in completionRules) await rule.CheckAsync(completion, ct);
        }, ct, (instance, task) => closedTasks.ThrowIfClosedByRuleAsync(instance, task, ct));

    private static void RequireMayComplete(UserTaskEntity task, TaskAccess access)
    {
        access.Require(task.DelegationState != DelegationPending || !access.IsAssignee, "delegate-may-only-resolve",
                "被委托人不能完成任务，只能退回给委托人");
            access.Require(access.IsAssignee, "complete-requires-assignee",
                "只有办理人可以完成任务，候选人须先认领");
    }

    public Task EscalateAsync(long taskKey, string code, TaskActor actor, CancellationToken ct)
    {
        Require(code, "code");
        return engine.RunCommandAsync(MaySee(taskKey, actor, ct), async step =>
        {
            var (task, instance) = await step.LoadUserTaskAsync(taskKey);
            var access = await AccessAsync(task, actor, ct);
            access.RequireVisible();
            if (task.State != UserTaskState.Created) throw new EngineConflictException($"{TaskLabel.Of(task)}已不是待办状态（{StateText<UserTaskState>.Of(task.State)}），不能再办理");
            access.Require(access.IsAssignee || access.IsAdmin || access.Oversees, "escalate-requires-assignee-or-head",
                "只有办理人、管理员或所属机构的负责人可以升级任务");
            var element = instance.Find(task.ElementInstanceKey) ?? throw new EngineConflictException($"{TaskLabel.Of(task)}所在环节已结束");
            step.RecordTaskHistory(task, "ESCALATION_THROWN", actor.Username, new JsonObject { ["code"] = code });
            if (!await step.ThrowEscalationAsync(instance, element, code))
                throw new EngineConflictException($"任务 {taskKey} 抛出的升级「{code}」没有对应的捕获事件");
            return true;
        }, ct);
    }
}
