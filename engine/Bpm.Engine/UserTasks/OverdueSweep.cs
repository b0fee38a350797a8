using Bpm.Engine.Persistence;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Execution;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.UserTasks;

/// <summary>Finds open tasks past their due date whose overdue escalation is not yet raised for that due date; each gets an
/// OVERDUE history entry, a notification to its officer and an OVERDUE escalation for the heads, in one step. A red deadline
/// timer on the task that fires first raises the same escalation (the task's <c>overdue_at</c> makes it once).</summary>
public sealed class OverdueSweep
{
    private const int Batch = 100;
    private readonly ProcessEngine _engine;
    private readonly EngineContext _context;
    private readonly IDbContextFactory<BpmDbContext> _contexts;

    internal OverdueSweep(ProcessEngine engine, EngineContext context, IDbContextFactory<BpmDbContext> contexts)
    {
        _engine = engine;
        _context = context;
        _contexts = contexts;
    }

    /// <summary>Escalates every task overdue now; returns how many were escalated.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var escalated = 0;
        var seen = new HashSet<long>();
        while (true)
        {
            var now = _context.Clock.GetUtcNow();
            await using var db = await _contexts.CreateDbContextAsync(ct);
            var keys = await db.UserTasks.AsNoTracking()
                .Where(t => t.State == "CREATED" && t.OverdueAt == null && t.DueDate != null && t.DueDate <= now)
                .OrderBy(t => t.DueDate).Select(t => t.Key).Take(Batch).ToListAsync(ct);
            var fresh = keys.Where(seen.Add).ToList();
            foreach (var key in fresh)
                if (await EscalateAsync(key, ct)) escalated++;
            // A task that could not be escalated (its instance is gone) would be found again: stop at a batch of only those.
            if (keys.Count < Batch || fresh.Count == 0) return escalated;
        }
    }

    private Task<bool> EscalateAsync(long taskKey, CancellationToken ct) =>
        _engine.RunStepAsync(async step =>
        {
            var (task, instance) = await step.LoadUserTaskAsync(taskKey);
            if (task is not { State: "CREATED", OverdueAt: null }) return false;
            step.Changes.UpdatedUserTasks.Add(task);
            return await step.MarkOverdueAsync(instance, task) is not null;
        }, ct);
}
