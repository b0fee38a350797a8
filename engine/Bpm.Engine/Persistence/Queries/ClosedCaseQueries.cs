using System.Text.Json;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Queries;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Persistence.Queries;

/// <summary>Completed top-level instances (called processes are part of their caller's file, not files of their own).
/// The organisation comes from the stored variables, read here rather than in SQL so both providers answer the same.</summary>
internal sealed class ClosedCaseQueries(IDbContextFactory<BpmDbContext> contexts) : IClosedCaseQueries
{
    public async Task<IReadOnlyList<ClosedCase>> ListAsync(ClosedCaseFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var ids = filter.BpmnProcessIds.Distinct(StringComparer.Ordinal).ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.ProcessInstances.AsNoTracking()
            .Where(i => i.State == ProcessInstanceState.Completed && i.ParentInstanceKey == null && ids.Contains(i.BpmnProcessId)
                && i.EndedAt >= filter.EndedFrom && i.EndedAt < filter.EndedBefore)
            .OrderBy(i => i.Key)
            .Select(i => new { i.Key, i.BpmnProcessId, i.BusinessKey, i.EndedAt, i.StateData })
            .ToListAsync(ct);
        return rows.Select(r => new ClosedCase(r.Key, r.BpmnProcessId, r.BusinessKey, r.EndedAt!.Value, Organisation(r.StateData))).ToList();
    }

    private static string? Organisation(string stateData)
    {
        using var document = JsonDocument.Parse(stateData);
        return document.RootElement.TryGetProperty("variables", out var variables) && variables.ValueKind == JsonValueKind.Object
            && variables.TryGetProperty("organisationId", out var organisation) && organisation.ValueKind == JsonValueKind.String
            ? organisation.GetString()
            : null;
    }
}
