using Bpm.Engine.Hosting;
using Microsoft.Extensions.Options;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Queries;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Persistence.Queries;

/// <summary>Read-only, untracked queries for the API.</summary>
internal sealed class EngineQueries(IDbContextFactory<BpmDbContext> contextFactory, TimeProvider? clock = null,
    IOptions<EngineOptions>? engineOptions = null, ICaseLabelNumbers? caseNumbers = null) : IEngineQueries
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly double _warningShare = engineOptions?.Value.DeadlineWarningShare ?? new EngineOptions().DeadlineWarningShare;

    private const int MaxPageSize = 500;
    private static readonly JsonSerializerOptions HistoryJson = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<ProcessDefinitionInfo>> ListDefinitionsAsync(string? bpmnProcessId, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var query = context.ProcessDefinitions.AsNoTracking();
        if (!string.IsNullOrEmpty(bpmnProcessId))
            query = query.Where(d => d.BpmnProcessId == bpmnProcessId);
        var rows = await query.OrderBy(d => d.BpmnProcessId).ThenByDescending(d => d.Version).Select(DefinitionColumns).ToListAsync(ct);
        return rows.Select(ToInfo).ToList();
    }

    public async Task<ProcessDefinitionInfo?> GetDefinitionAsync(long key, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var row = await context.ProcessDefinitions.AsNoTracking().Where(d => d.Key == key).Select(DefinitionColumns).FirstOrDefaultAsync(ct);
        return row is null ? null : ToInfo(row);
    }

    public async Task<string?> GetDefinitionXmlAsync(long key, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        return await context.ProcessDefinitions.AsNoTracking().Where(d => d.Key == key).Select(d => d.Xml).FirstOrDefaultAsync(ct);
    }

    public async Task<ProcessInstanceInfo?> GetInstanceAsync(long key, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var instance = await context.ProcessInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Key == key, ct);
        if (instance is null)
            return null;
        var incidents = await context.Incidents.AsNoTracking()
            .Where(i => i.ProcessInstanceKey == key && i.State == States.IncidentState.Active)
            .OrderBy(i => i.Key).ToListAsync(ct);
        var openTasks = await context.UserTasks.AsNoTracking()
            .Where(t => t.ProcessInstanceKey == key && t.State == States.UserTaskState.Created && t.DueDate != null)
            .Select(t => new { t.DueDate, t.CreatedAt }).ToListAsync(ct);
        var now = _clock.GetUtcNow();
        var deadline = DeadlineEvaluator.MostPressing(openTasks.Select(t => DeadlineEvaluator.Evaluate(t.DueDate, t.CreatedAt, now, _warningShare)));
        return new ProcessInstanceInfo(Key(instance.Key), instance.BpmnProcessId, instance.Version, Key(instance.ProcessDefinitionKey),
            instance.BusinessKey, States.StateText<States.ProcessInstanceState>.Of(instance.State), instance.StartedAt, instance.EndedAt, RootVariables(instance.StateData),
            SplitIds(instance.ActiveElementIds), incidents.Select(ToInfo).ToList(),
            instance.ParentInstanceKey is { } parent ? Key(parent) : null, deadline, instance.OrganisationId, instance.StartedBy);
    }

    public Task<PagedResult<ProcessInstanceSummary>> ListInstancesAsync(ProcessInstanceFilter filter, CancellationToken ct) =>
        ListInstancesAsync(filter, scope: null, ct);

    /// <summary>The list, narrowed by <paramref name="scope"/> (the case-access filter) in the same query, so paging and the
    /// total count only what the caller may see.</summary>
    internal async Task<PagedResult<ProcessInstanceSummary>> ListInstancesAsync(ProcessInstanceFilter filter,
        Func<BpmDbContext, IQueryable<ProcessInstanceEntity>, IQueryable<ProcessInstanceEntity>>? scope, CancellationToken ct)
    {
        var (page, pageSize) = Paging(filter.Page, filter.PageSize);
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var query = context.ProcessInstances.AsNoTracking();
        if (scope is not null) query = scope(context, query);
        if (!string.IsNullOrEmpty(filter.State))
        {
            if (!States.StateText<States.ProcessInstanceState>.TryParse(filter.State, out var wanted)) return new([], 0, page, pageSize);
            query = query.Where(i => i.State == wanted);
        }
        if (!string.IsNullOrEmpty(filter.BpmnProcessId))
            query = query.Where(i => i.BpmnProcessId == filter.BpmnProcessId);
        if (!string.IsNullOrEmpty(filter.BusinessKey))
            query = query.Where(i => i.BusinessKey == filter.BusinessKey);
        if (!string.IsNullOrWhiteSpace(filter.Process))
        {
            var pattern = LikeContains(filter.Process.Trim().ToLowerInvariant());
            query = query.Where(i => EF.Functions.Like(i.BpmnProcessId.ToLower(), pattern, "\\")
                || context.ProcessDefinitions.Any(d => d.Key == i.ProcessDefinitionKey && d.Name != null && EF.Functions.Like(d.Name.ToLower(), pattern, "\\")));
        }
        var items = await query.OrderByDescending(i => i.Key).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(i => new ProcessInstanceSummary(i.Key.ToString(), i.BpmnProcessId, i.Version, i.BusinessKey, States.StateText<States.ProcessInstanceState>.Of(i.State),
                i.StartedAt, i.EndedAt, i.HasIncident, i.OrganisationId, i.StartedBy,
                context.ProcessDefinitions.Where(d => d.Key == i.ProcessDefinitionKey).Select(d => d.Name).FirstOrDefault(), null))
            .ToListAsync(ct);
        var numbers = await UserTasks.CaseLabels.NumbersAsync(context, caseNumbers ?? new NoCaseLabelNumbers(),
            items.Select(i => long.Parse(i.ProcessInstanceKey, System.Globalization.CultureInfo.InvariantCulture)).ToList(), ct);
        items = items.Select(i => i with { CaseNumber = numbers.GetValueOrDefault(long.Parse(i.ProcessInstanceKey, System.Globalization.CultureInfo.InvariantCulture)) }).ToList();
        var total = page == 1 && items.Count < pageSize ? items.Count : await query.LongCountAsync(ct);
        return new PagedResult<ProcessInstanceSummary>(items, total, page, pageSize);
    }

    public async Task<IReadOnlyList<HistoryEntry>?> GetHistoryAsync(long processInstanceKey, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        if (!await context.ProcessInstances.AnyAsync(i => i.Key == processInstanceKey, ct))
            return null;
        var rows = await context.Journal.AsNoTracking().Where(j => j.ProcessInstanceKey == processInstanceKey)
            .OrderBy(j => j.Sequence).Select(j => j.Entries).ToListAsync(ct);
        var history = new List<HistoryEntry>();
        foreach (var entries in rows)
            history.AddRange(JsonSerializer.Deserialize<List<HistoryEntry>>(entries, HistoryJson) ?? []);
        return history;
    }

    public async Task<PagedResult<UserTaskInfo>> ListUserTasksAsync(UserTaskFilter filter, CancellationToken ct)
    {
        var (page, pageSize) = Paging(filter.Page, filter.PageSize);
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var query = context.UserTasks.AsNoTracking();
        if (!string.IsNullOrEmpty(filter.ProcessInstanceKey))
        {
            if (!long.TryParse(filter.ProcessInstanceKey, out var instanceKey))
                return new PagedResult<UserTaskInfo>([], 0, page, pageSize);
            query = query.Where(t => t.ProcessInstanceKey == instanceKey);
        }
        if (!string.IsNullOrEmpty(filter.State))
        {
            if (!States.StateText<States.UserTaskState>.TryParse(filter.State, out var wanted)) return new PagedResult<UserTaskInfo>([], 0, page, pageSize);
            query = query.Where(t => t.State == wanted);
        }
        if (!string.IsNullOrEmpty(filter.Assignee))
            query = query.Where(t => t.Assignee == filter.Assignee);
        if (!string.IsNullOrEmpty(filter.CandidateGroup))
        {
            // The array may have been written with non-ASCII characters escaped (\uXXXX) or not: match both spellings.
            var plain = LikeContains("\"" + filter.CandidateGroup + "\"");
            var escaped = LikeContains(JsonSerializer.Serialize(filter.CandidateGroup));
            query = query.Where(t => EF.Functions.Like(t.CandidateGroups, plain, "\\") || EF.Functions.Like(t.CandidateGroups, escaped, "\\"));
        }
        var rows = await query.OrderBy(t => t.Key).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        // A first page that is not full already says how many there are; count only when it cannot.
        var total = page == 1 && rows.Count < pageSize ? rows.Count : await query.LongCountAsync(ct);
        return new PagedResult<UserTaskInfo>(rows.Select(ToInfo).ToList(), total, page, pageSize);
    }

    public Task<IReadOnlyList<IncidentInfo>> ListIncidentsAsync(long? processInstanceKey, string? state, CancellationToken ct) =>
        ListIncidentsAsync(processInstanceKey, state, scope: null, ct);

    /// <summary>The 案号 of one instance, null when it has none yet.</summary>
    public async Task<string?> CaseNumberAsync(long processInstanceKey, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        return (await UserTasks.CaseLabels.NumbersAsync(context, caseNumbers ?? new NoCaseLabelNumbers(), [processInstanceKey], ct)).GetValueOrDefault(processInstanceKey);
    }

    public async Task<IReadOnlyDictionary<long, CaseLabel>> CaseLabelsAsync(IReadOnlyCollection<long> processInstanceKeys, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        return await UserTasks.CaseLabels.ForAsync(context, caseNumbers ?? new NoCaseLabelNumbers(), processInstanceKeys, ct);
    }

    /// <summary>The incidents of the instances <paramref name="scope"/> lets through (filtered in the query).</summary>
    internal async Task<IReadOnlyList<IncidentInfo>> ListIncidentsAsync(long? processInstanceKey, string? state,
        Func<BpmDbContext, IQueryable<ProcessInstanceEntity>, IQueryable<ProcessInstanceEntity>>? scope, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var query = context.Incidents.AsNoTracking();
        if (scope is not null)
        {
            var visible = scope(context, context.ProcessInstances.AsNoTracking()).Select(i => i.Key);
            query = query.Where(i => visible.Contains(i.ProcessInstanceKey));
        }
        if (processInstanceKey is { } key)
            query = query.Where(i => i.ProcessInstanceKey == key);
        if (!string.IsNullOrEmpty(state))
        {
            // A state no incident can be in lists none, as the text comparison did.
            if (!States.StateText<States.IncidentState>.TryParse(state, out var wanted)) return [];
            query = query.Where(i => i.State == wanted);
        }
        var rows = await query.OrderBy(i => i.Key).ToListAsync(ct);
        return rows.Select(ToInfo).ToList();
    }

    private static (int Page, int PageSize) Paging(int page, int pageSize) => (Math.Max(1, page), Math.Clamp(pageSize, 1, MaxPageSize));

    private static string Key(long key) => key.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string LikeContains(string text) =>
        "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

    internal static JsonObject RootVariables(string stateData)
    {
        if (string.IsNullOrWhiteSpace(stateData))
            return [];
        if (JsonNode.Parse(stateData) is JsonObject root && root["variables"] is JsonObject variables)
        {
            root.Remove("variables");
            return variables;
        }
        return [];
    }

    private static IReadOnlyList<string> SplitIds(string ids) =>
        ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static readonly System.Linq.Expressions.Expression<Func<ProcessDefinitionEntity, DefinitionRow>> DefinitionColumns =
        d => new DefinitionRow(d.Key, d.BpmnProcessId, d.Version, d.Name, d.ResourceName, d.DeploymentKey, d.DeployedAt);

    private sealed record DefinitionRow(long Key, string BpmnProcessId, int Version, string? Name, string ResourceName, long DeploymentKey, DateTimeOffset DeployedAt);

    private static ProcessDefinitionInfo ToInfo(DefinitionRow d) =>
        new(Key(d.Key), d.BpmnProcessId, d.Version, d.Name, d.ResourceName, Key(d.DeploymentKey), d.DeployedAt);

    private static IncidentInfo ToInfo(IncidentEntity i) =>
        new(Key(i.Key), Key(i.ProcessInstanceKey), i.ElementId, Key(i.ElementInstanceKey), i.ErrorType, i.ErrorMessage,
            States.StateText<States.IncidentState>.Of(i.State), i.JobKey is { } job ? Key(job) : null, i.CreatedAt, i.ResolvedAt);

    private UserTaskInfo ToInfo(UserTaskEntity t) => UserTaskMapper.ToInfo(t, _clock.GetUtcNow(), _warningShare);
}
