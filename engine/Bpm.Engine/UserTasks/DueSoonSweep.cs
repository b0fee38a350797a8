using Bpm.Engine.Persistence;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Execution;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.UserTasks;

/// <summary>Finds open tasks whose deadline warning has started (warning_at, DeadlineWarningShare of the period) and not yet
/// warned for the current due date; each gets a DUE_SOON history entry and a notification to its assignee (or, unassigned, to
/// its candidate users) in one step. Nodes may sweep at once: the instance revision lets only one step per task through.</summary>
public sealed class DueSoonSweep
{
    private const int Batch = 100;
    private readonly ProcessEngine _engine;
    private readonly EngineContext _context;
    private readonly IDbContextFactory<BpmDbContext> _contexts;

    internal DueSoonSweep(ProcessEngine engine, EngineContext context, IDbContextFactory<BpmDbContext> contexts)
    {
        _engine = engine;
        _context = context;
        _contexts = contexts;
    }

    /// <summary>Warns every task due for it now; returns how many were warned.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var warned = 0;
        while (true)
        {
            var now = _context.Clock.GetUtcNow();
            await using var db = await _contexts.CreateDbContextAsync(ct);
            var keys = await db.UserTasks.AsNoTracking()
                .Where(t => t.State == "CREATED" && t.WarnedAt == null && t.WarningAt != null && t.WarningAt <= now)
                .OrderBy(t => t.WarningAt).Select(t => t.Key).Take(Batch).ToListAsync(ct);
            foreach (var key in keys)
                if (await WarnAsync(key, ct)) warned++;
            if (keys.Count < Batch) return warned;
        }
    }

    private Task<bool> WarnAsync(long taskKey, CancellationToken ct) =>
        _engine.RunStepAsync(async step =>
        {
            var (task, instance) = await step.LoadUserTaskAsync(taskKey);
            if (task is not { State: "CREATED", WarnedAt: null, WarningAt: { } warningAt } || warningAt > step.Now) return false;
            task.WarnedAt = step.Now;
            step.Changes.UpdatedUserTasks.Add(task);
            step.RecordTaskEvent(instance, task, UserTaskEvents.DueSoon, actor: null,
                new System.Text.Json.Nodes.JsonObject { ["dueDate"] = task.DueDate?.ToString("O") });
            var recipients = task.Assignee is { } assignee ? [assignee] : Persistence.Queries.UserTaskMapper.JsonStrings(task.CandidateUsers);
            foreach (var recipient in recipients)
                step.Notify(recipient, NotificationKinds.DueSoon, task, $"任务「{task.Name ?? task.ElementId}」即将到期（{task.DueDate:yyyy-MM-dd HH:mm}）");
            return true;
        }, ct);
}
