using System.Text.Json.Nodes;
using Bpm.Engine.Model;
using Bpm.Engine.People;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.UserTasks;

/// <summary>Runs the registered <see cref="IAssignmentRule"/>s that apply to a task. Used when people act on a task and
/// when the model itself names the assignee at creation.</summary>
internal sealed class AssignmentRuleChecker(IPeopleDirectory people, IDbContextFactory<BpmDbContext> contexts, IEnumerable<IAssignmentRule> rules)
{
    public IReadOnlyList<IAssignmentRule> Rules { get; } = rules.ToList();

    /// <summary>The rules that apply to the task, in registration order.</summary>
    public IEnumerable<IAssignmentRule> Of(FlowNode node) => node is TaskNode task
        ? Rules.Where(rule => rule.AppliesTo(task) || AssignmentRuleHeader.Names(task).Contains(rule.Name, StringComparer.Ordinal))
        : [];

    /// <summary>Throws when <paramref name="performer"/> may not perform the task. <paramref name="uncommitted"/> holds tasks
    /// (and their history) changed by the running step but not yet stored.</summary>
    public async Task CheckAsync(FlowNode node, UserTaskEntity task, string performer, DateTimeOffset now, string field, CancellationToken ct,
        (IReadOnlyList<UserTaskEntity> Tasks, IReadOnlyList<UserTaskHistoryEntity> History)? uncommitted = null)
    {
        foreach (var rule in Of(node))
            await rule.CheckPerformerAsync(Check(node, task, performer, now, field, uncommitted, null), ct);
    }

    /// <summary>What the completion itself must satisfy under each rule, after the performer passed them all.</summary>
    public async Task CheckCompletionAsync(FlowNode node, UserTaskEntity task, string performer, DateTimeOffset now, JsonObject? variables,
        CancellationToken ct)
    {
        foreach (var rule in Of(node))
            await rule.CheckCompletionAsync(Check(node, task, performer, now, "assignee", null, variables), ct);
    }

    /// <summary>How many distinct people must confirm the task (the most any applying rule asks; 0: none).</summary>
    public int RequiredConfirmations(FlowNode node) =>
        node is TaskNode task ? Of(node).Select(rule => rule.RequiredConfirmations(task)).DefaultIfEmpty(0).Max() : 0;

    public Task<IReadOnlyList<string>> ConfirmersAsync(long taskKey, CancellationToken ct) => new AssignmentHistory(contexts, null).ConfirmersAsync(taskKey, ct);

    private AssignmentCheck Check(FlowNode node, UserTaskEntity task, string performer, DateTimeOffset now, string field,
        (IReadOnlyList<UserTaskEntity> Tasks, IReadOnlyList<UserTaskHistoryEntity> History)? uncommitted, JsonObject? variables) =>
        new((TaskNode)node, task.Key, task.ProcessInstanceKey, performer, field, now, people, new AssignmentHistory(contexts, uncommitted), variables);
}
