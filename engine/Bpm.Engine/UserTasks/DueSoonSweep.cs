using System.Text.Json.Nodes;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Execution;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.UserTasks;

/// <summary>Finds open tasks whose deadline warning has started (warning_at, DeadlineWarningShare of the period) and not yet
/// warned for the current due date; each gets a DUE_SOON history entry and a notification to its assignee (or, unassigned, to
/// its candidate users) in one step.</summary>
public sealed class DueSoonSweep : OpenTaskSweep
{
    internal DueSoonSweep(ProcessEngine engine, EngineContext context, IDbContextFactory<BpmDbContext> contexts)
        : base(engine, context, contexts)
    {
    }

    private protected override IQueryable<long> Due(IQueryable<UserTaskEntity> tasks, DateTimeOffset now) =>
        tasks.Where(t => t.State == UserTaskState.Created && t.WarnedAt == null && t.WarningAt != null && t.WarningAt <= now)
            .OrderBy(t => t.WarningAt).Select(t => t.Key);

    private protected override Task<bool> HandleAsync(StepExecution step, InstanceExecution instance, UserTaskEntity task)
    {
        if (task is not { State: UserTaskState.Created, WarnedAt: null, WarningAt: { } warningAt } || warningAt > step.Now) return Task.FromResult(false);
        task.WarnedAt = step.Now;
        step.Changes.Track(task);
        step.RecordTaskEvent(instance, task, UserTaskEvents.DueSoon, actor: null, new JsonObject { ["dueDate"] = task.DueDate?.ToString("O") });
        var recipients = task.Assignee is { } assignee ? [assignee] : Persistence.Queries.UserTaskMapper.JsonStrings(task.CandidateUsers);
        foreach (var recipient in recipients)
            step.Notify(recipient, NotificationKinds.DueSoon, task, $"任务「{task.Name ?? task.ElementId}」即将到期（{(task.DueDate is { } due ? Time.ChinaTime.Minutes(due) : "")}）");
        return Task.FromResult(true);
    }
}
