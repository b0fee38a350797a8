using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.UserTasks;

/// <summary>The kernel's answers to who did what in a case, for <see cref="IAssignmentRule"/>s: the stored tasks and their
/// history, plus <paramref name="uncommitted"/> tasks and history the running step changed but has not stored (such as the
/// investigation completed in the same step that creates the review).</summary>
public sealed class AssignmentHistory
{
    private readonly IDbContextFactory<BpmDbContext> _contexts;
    private readonly (IReadOnlyList<UserTaskEntity> Tasks, IReadOnlyList<UserTaskHistoryEntity> History)? _uncommitted;

    internal AssignmentHistory(IDbContextFactory<BpmDbContext> contexts,
        (IReadOnlyList<UserTaskEntity> Tasks, IReadOnlyList<UserTaskHistoryEntity> History)? uncommitted)
    {
        _contexts = contexts;
        _uncommitted = uncommitted;
    }

    internal async Task<IReadOnlyList<string>> PerformedAsync(long instanceKey, string username, IReadOnlyCollection<string> elementIds,
        CancellationToken ct)
    {
        var ids = elementIds.ToList();
        await using var db = await _contexts.CreateDbContextAsync(ct);
        var instances = await InstanceAndCallersAsync(db, instanceKey, ct);
        var earlier = await db.UserTasks.AsNoTracking()
            .Where(t => instances.Contains(t.ProcessInstanceKey) && t.State == UserTaskState.Completed && ids.Contains(t.ElementId))
            .Select(t => new { t.Key, t.ElementId, t.Name, t.Assignee }).ToListAsync(ct);
        var keys = earlier.Select(t => t.Key).ToList();
        var completers = await db.UserTaskHistory.AsNoTracking()
            .Where(h => keys.Contains(h.TaskKey) && (h.Event == UserTaskEvents.Completed || h.Event == UserTaskEvents.Confirmed))
            .Select(h => new { h.TaskKey, h.Actor }).ToListAsync(ct);
        var performed = earlier.Where(t => t.Assignee == username || completers.Any(c => c.TaskKey == t.Key && c.Actor == username))
            .Select(t => t.Name ?? t.ElementId).ToList();
        if (_uncommitted is { Tasks: var tasks, History: var history })
            performed.AddRange(tasks.Where(t => instances.Contains(t.ProcessInstanceKey) && t.State == UserTaskState.Completed && ids.Contains(t.ElementId)
                    && (t.Assignee == username || history.Any(h => h.TaskKey == t.Key && (h.Event is UserTaskEvents.Completed or UserTaskEvents.Confirmed) && h.Actor == username)))
                .Select(t => t.Name ?? t.ElementId));
        return performed.Distinct().ToList();
    }

    internal async Task<IReadOnlyList<string>> ConfirmersAsync(long taskKey, CancellationToken ct)
    {
        await using var db = await _contexts.CreateDbContextAsync(ct);
        var actors = await db.UserTaskHistory.AsNoTracking()
            .Where(h => h.TaskKey == taskKey && h.Event == UserTaskEvents.Confirmed && h.Actor != null)
            .Select(h => h.Actor!).ToListAsync(ct);
        return actors.Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The task's instance and the instances that called it (call activities), nearest first: a reusable
    /// sub-process must not be performed by someone a rule excludes for a task in the calling case.</summary>
    private static async Task<List<long>> InstanceAndCallersAsync(BpmDbContext db, long instanceKey, CancellationToken ct)
    {
        var keys = new List<long> { instanceKey };
        long? current = instanceKey;
        while (keys.Count < 32)
        {
            var parent = await db.ProcessInstances.AsNoTracking().Where(i => i.Key == current).Select(i => i.ParentInstanceKey).FirstOrDefaultAsync(ct);
            if (parent is not { } next || keys.Contains(next)) break;
            keys.Add(next);
            current = next;
        }
        return keys;
    }
}
