using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.Queries;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Queries;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.UserTasks;

/// <summary>The inbox. "Candidate for me" and "organisation" go through the indexed look-up tables
/// (user_task_candidates, user_task_organisations), "assigned to me" through the partial index on open tasks.</summary>
internal sealed partial class UserTaskService
{
    private const int MaxPageSize = 500;

    public async Task<PagedResult<UserTaskInfo>> ListAsync(InboxQuery filter, TaskActor actor, CancellationToken ct)
    {
        var page = Math.Max(1, filter.Page);
        var pageSize = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        var viewer = await Viewer.ResolveAsync(actor, people, ct);
        var now = context.Clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.UserTasks.AsNoTracking();
        var me = viewer.Username;
        var groups = viewer.Groups.ToList();
        UserTaskState? state = filter.AssignedToMe || filter.CandidateForMe || filter.Overdue ? UserTaskState.Created : null;
        if (filter.State is not null)
        {
            // A state no task can be in lists none, as the text comparison did.
            if (!StateText<UserTaskState>.TryParse(filter.State, out var wanted)) return new([], 0, page, pageSize);
            state = wanted;
        }

        if (!string.IsNullOrEmpty(filter.ProcessInstanceKey))
        {
            if (!long.TryParse(filter.ProcessInstanceKey, out var instanceKey)) return new([], 0, page, pageSize);
            query = query.Where(t => t.ProcessInstanceKey == instanceKey);
        }
        if (state is { } only) query = query.Where(t => t.State == only);
        if (!string.IsNullOrEmpty(filter.Assignee)) query = query.Where(t => t.Assignee == filter.Assignee);
        if (!string.IsNullOrEmpty(filter.CandidateGroup))
            query = query.Where(t => db.UserTaskCandidates.Any(c => c.TaskKey == t.Key && c.Kind == UserTaskCandidateEntity.Group && c.Value == filter.CandidateGroup));
        if (filter.AssignedToMe) query = query.Where(t => t.Assignee == me);
        // Two index-only scans of the candidate index (UNION ALL, not OR, which would need the table).
        var myCandidateKeys = db.UserTaskCandidates.Where(c => c.Kind == UserTaskCandidateEntity.User && c.Value == me).Select(c => c.TaskKey)
            .Concat(db.UserTaskCandidates.Where(c => c.Kind == UserTaskCandidateEntity.Group && groups.Contains(c.Value)).Select(c => c.TaskKey));
        if (filter.CandidateForMe)
        {
            // The caller's candidate keys are few (hundreds to thousands): fetched first, they make PostgreSQL probe the
            // open-unassigned index per key instead of hashing the whole index.
            var candidateKeys = await myCandidateKeys.Distinct().ToListAsync(ct);
            query = query.Where(t => t.Assignee == null && EF.Parameter(candidateKeys).Contains(t.Key));
        }
        if (!string.IsNullOrEmpty(filter.Organisation))
            query = query.Where(t => db.UserTaskOrganisations.Any(o => o.TaskKey == t.Key && o.OrganisationId == filter.Organisation));
        if (filter.DueBefore is { } dueBefore) query = query.Where(t => t.DueDate != null && t.DueDate < dueBefore);
        if (filter.Overdue) query = query.Where(t => t.DueDate != null && t.DueDate < now);
        if (!viewer.IsAdmin && !filter.AssignedToMe && !filter.CandidateForMe)
        {
            // Rule 2 on lists: what the caller may see, whatever else was asked. Candidates of finished tasks are gone
            // from the look-up table, so a finished task stays visible to its assignee, owner and overseers only.
            var overseen = new[] { viewer.OverseenOrganisation, viewer.SupervisedArea }.OfType<string>().Distinct().ToList();
            query = query.Where(t => t.Assignee == me || t.Owner == me
                || myCandidateKeys.Contains(t.Key)
                || (overseen.Count > 0 && db.UserTaskOrganisations.Any(o => o.TaskKey == t.Key && overseen.Contains(o.OrganisationId))));
        }

        List<long> keys;
        long? total = null;
        if (filter.CandidateForMe)
        {
            // Bounded by the caller's candidate keys: one index-only query for every match, sorted, counted and paged here.
            var matches = await query.Select(t => new SortRow(t.Key, t.DueDate, t.Priority, t.CreatedAt)).ToListAsync(ct);
            total = matches.Count;
            keys = SortedInMemory(matches, filter).Skip((page - 1) * pageSize).Take(pageSize).Select(r => r.Key).ToList();
        }
        else
        {
            // Keys first (sorted and paged on index columns), then only that page's rows.
            keys = await Sorted(query, filter).Skip((page - 1) * pageSize).Take(pageSize).Select(t => t.Key).ToListAsync(ct);
        }
        var byKey = (await db.UserTasks.AsNoTracking().Where(t => keys.Contains(t.Key)).ToListAsync(ct)).ToDictionary(t => t.Key);
        var rows = keys.Where(byKey.ContainsKey).Select(k => byKey[k]).ToList();
        total ??= page == 1 && rows.Count < pageSize ? rows.Count : await query.LongCountAsync(ct);
        var share = options.Value.DeadlineWarningShare;
        var labels = await CaseLabels.ForAsync(db, caseNumbers, rows.Select(t => t.ProcessInstanceKey).ToList(), ct);
        return new(rows.Select(t => UserTaskMapper.ToInfo(t, now, share) with { Case = labels.GetValueOrDefault(t.ProcessInstanceKey) }).ToList(),
            total.Value, page, pageSize);
    }

    private sealed record SortRow(long Key, DateTimeOffset? DueDate, int Priority, DateTimeOffset CreatedAt);

    /// <summary>The same order as <see cref="Sorted"/>.</summary>
    private static IEnumerable<SortRow> SortedInMemory(List<SortRow> rows, InboxQuery filter)
    {
        var descending = (filter.Order ?? (filter.Sort == "priority" ? "desc" : "asc")) == "desc";
        return filter.Sort switch
        {
            "dueDate" => descending
                ? rows.OrderBy(r => r.DueDate is null).ThenByDescending(r => r.DueDate).ThenByDescending(r => r.Key)
                : rows.OrderBy(r => r.DueDate is null).ThenBy(r => r.DueDate).ThenBy(r => r.Key),
            "priority" => descending ? rows.OrderByDescending(r => r.Priority).ThenBy(r => r.Key) : rows.OrderBy(r => r.Priority).ThenBy(r => r.Key),
            _ => descending ? rows.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Key) : rows.OrderBy(r => r.CreatedAt).ThenBy(r => r.Key),
        };
    }

    /// <summary>Tasks without a due date come last either way, on both databases.</summary>
    private static IQueryable<UserTaskEntity> Sorted(IQueryable<UserTaskEntity> query, InboxQuery filter)
    {
        var descending = (filter.Order ?? (filter.Sort == "priority" ? "desc" : "asc")) == "desc";
        return filter.Sort switch
        {
            "dueDate" => descending
                ? query.OrderBy(t => t.DueDate == null).ThenByDescending(t => t.DueDate).ThenByDescending(t => t.Key)
                : query.OrderBy(t => t.DueDate == null).ThenBy(t => t.DueDate).ThenBy(t => t.Key),
            "priority" => descending ? query.OrderByDescending(t => t.Priority).ThenBy(t => t.Key) : query.OrderBy(t => t.Priority).ThenBy(t => t.Key),
            _ => descending ? query.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Key) : query.OrderBy(t => t.CreatedAt).ThenBy(t => t.Key),
        };
    }
}
