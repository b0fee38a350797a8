using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Execution;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.UserTasks;

/// <summary>A periodic pass over open tasks that fell due for something (a deadline warning, an overdue escalation): each
/// task found is handled in its own engine step, which re-reads it and may find nothing left to do. Nodes may sweep at
/// once: the instance revision lets only one step per task through.</summary>
public abstract class OpenTaskSweep
{
    private const int Batch = 100;
    private readonly ProcessEngine _engine;
    private readonly EngineContext _context;
    private readonly IDbContextFactory<BpmDbContext> _contexts;

    private protected OpenTaskSweep(ProcessEngine engine, EngineContext context, IDbContextFactory<BpmDbContext> contexts)
    {
        _engine = engine;
        _context = context;
        _contexts = contexts;
    }

    /// <summary>Handles every task due now; returns how many were handled.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var handled = 0;
        var seen = new HashSet<long>();
        while (true)
        {
            var now = _context.Clock.GetUtcNow();
            await using var db = await _contexts.CreateDbContextAsync(ct);
            var keys = await Due(db.UserTasks.AsNoTracking(), now).Take(Batch).ToListAsync(ct);
            var fresh = keys.Where(seen.Add).ToList();
            foreach (var key in fresh)
                if (await _engine.RunStepAsync(async step =>
                    {
                        var (task, instance) = await step.LoadUserTaskAsync(key);
                        return await HandleAsync(step, instance, task);
                    }, ct))
                    handled++;
            // A task that could not be handled would be found again: stop at a batch of only those.
            if (keys.Count < Batch || fresh.Count == 0) return handled;
        }
    }

    /// <summary>The keys of the tasks due for this sweep at <paramref name="now"/>, in the order to handle them.</summary>
    private protected abstract IQueryable<long> Due(IQueryable<UserTaskEntity> tasks, DateTimeOffset now);

    /// <summary>Handles one task on fresh state; false when there was nothing (left) to do.</summary>
    private protected abstract Task<bool> HandleAsync(StepExecution step, InstanceExecution instance, UserTaskEntity task);
}
