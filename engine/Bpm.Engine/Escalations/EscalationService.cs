using Bpm.Engine.People;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Queries;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Events;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.UserTasks;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Escalations;

/// <summary>Reads check who may see an escalation; every action runs in one engine step that re-reads the escalation and
/// its tasks, checks the rules on that fresh state, and changes the tasks and the escalation together.</summary>
internal sealed partial class EscalationService(IKernelCommands commands, EngineContext context, IPeopleDirectory people,
    IDbContextFactory<BpmDbContext> contexts, Deadlines.DeadlineCalculator deadlines, Deadlines.IStepDeadlines stepDeadlines,
    EscalationSteps steps, EscalationStore store, Queries.ICaseLabelNumbers caseNumbers) : IEscalationService
{
    private const int MaxPageSize = 500;

    public async Task<PagedResult<EscalationInfo>> ListAsync(EscalationQuery filter, TaskActor actor, CancellationToken ct)
    {
        var page = Math.Max(1, filter.Page);
        var pageSize = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        var viewer = await Viewer.ResolveAsync(actor, people, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Escalations.AsNoTracking();
        var state = string.IsNullOrEmpty(filter.State) ? StateText<EscalationState>.Of(EscalationState.Open) : filter.State.ToUpperInvariant();
        if (state != "ALL")
        {
            if (!StateText<EscalationState>.TryParse(state, out var wanted)) return new([], 0, page, pageSize);
            query = query.Where(e => e.State == wanted);
        }
        if (!string.IsNullOrEmpty(filter.Reason)) query = query.Where(e => e.Reason == filter.Reason);
        if (!string.IsNullOrEmpty(filter.ProcessInstanceKey))
        {
            if (!long.TryParse(filter.ProcessInstanceKey, out var instanceKey)) return new([], 0, page, pageSize);
            query = query.Where(e => e.ProcessInstanceKey == instanceKey);
        }
        if (!viewer.IsAdmin)
        {
            var me = viewer.Username;
            var units = new[] { viewer.OverseenOrganisation, viewer.SupervisedArea }.OfType<string>().Distinct().ToList();
            // The task organisation rows hold each task's unit and its ancestors: a head's unit (a supervisor's area) matches
            // everything below it.
            query = query.Where(e => e.OriginAssignee == me
                || (units.Count > 0 && db.UserTaskOrganisations.Any(o => units.Contains(o.OrganisationId) && (o.TaskKey == e.OriginTaskKey || o.TaskKey == e.DecisionTaskKey))));
        }
        var total = await query.LongCountAsync(ct);
        var rows = await query.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Key)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var originKeys = rows.Select(e => e.OriginTaskKey).OfType<long>().ToList();
        var origins = await db.UserTasks.AsNoTracking().Where(t => originKeys.Contains(t.Key)).ToDictionaryAsync(t => t.Key, ct);
        var labels = await CaseLabels.ForAsync(db, caseNumbers, rows.Select(e => e.ProcessInstanceKey).ToList(), ct);
        return new(rows.Select(e => EscalationMapper.ToInfo(e, e.OriginTaskKey is { } k ? origins.GetValueOrDefault(k) : null)
                with { Case = labels.GetValueOrDefault(e.ProcessInstanceKey) }).ToList(),
            total, page, pageSize);
    }

    public async Task<EscalationInfo> GetAsync(long escalationKey, TaskActor actor, CancellationToken ct)
    {
        var escalation = await store.FindAsync(escalationKey, ct) ?? throw NotFound(escalationKey);
        var access = await AccessAsync(escalation, actor, ct);
        access.RequireVisible();
        return await InfoAsync(escalationKey, ct);
    }

    /// <summary>An escalation command's visibility check, which the step runs before it refuses an ended case.</summary>
    private Func<Task> MaySee(long escalationKey, TaskActor actor, CancellationToken ct) => async () =>
    {
        var escalation = await store.FindAsync(escalationKey, ct) ?? throw NotFound(escalationKey);
        (await AccessAsync(escalation, actor, ct)).RequireVisible();
    };

    private async Task<EscalationInfo> InfoAsync(long escalationKey, CancellationToken ct)
    {
        var escalation = await store.FindAsync(escalationKey, ct) ?? throw NotFound(escalationKey);
        var origin = escalation.OriginTaskKey is { } key ? await context.Store.FindUserTaskAsync(key, ct) : null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var labels = await CaseLabels.ForAsync(db, caseNumbers, [escalation.ProcessInstanceKey], ct);
        return EscalationMapper.ToInfo(escalation, origin) with { Case = labels.GetValueOrDefault(escalation.ProcessInstanceKey) };
    }

    private async Task<EscalationAccess> AccessAsync(EscalationEntity escalation, TaskActor actor, CancellationToken ct)
    {
        var viewer = await Viewer.ResolveAsync(actor, people, ct);
        var units = new List<string>();
        if (escalation.OrganisationId is { } organisation)
        {
            units.Add(organisation);
            units.AddRange(await people.OrganisationAncestorsAsync(organisation, ct));
        }
        return new EscalationAccess(viewer, escalation, units);
    }

    private static EngineNotFoundException NotFound(long key) => EngineNotFoundException.Missing("督办事项", key);
}
