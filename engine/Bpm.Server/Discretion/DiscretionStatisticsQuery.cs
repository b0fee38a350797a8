using System.Text.Json.Nodes;
using Bpm.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Discretion;

/// <summary>Counts the penalty decisions within, above and below their discretion benchmark per violation and per unit.
/// Reads the variables of the penalty procedures' top-level cases (cancelled ones excluded) and keeps those decided in
/// [<c>from</c>, <c>to</c>] (Beijing dates, both optional); the variables are read here rather than in SQL so both
/// providers answer the same.</summary>
public sealed class DiscretionStatisticsQuery(IDbContextFactory<BpmDbContext> contexts)
{
    /// <summary>The procedures whose decision step records <c>discretionDeviation</c>.</summary>
    public static readonly IReadOnlyList<string> PenaltyProcesses = ["administrative-penalty", "administrative-penalty-summary", "simple-penalty"];

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public async Task<DiscretionStatistics> CountAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var cases = db.ProcessInstances.AsNoTracking()
            .Where(i => i.ParentInstanceKey == null && i.State != Bpm.Engine.Persistence.States.ProcessInstanceState.Terminated && PenaltyProcesses.Contains(i.BpmnProcessId));
        if (to is { } last)
        {
            // A case decided by the last day started before its end.
            var end = new DateTimeOffset(last.AddDays(1).ToDateTime(TimeOnly.MinValue), Beijing);
            cases = cases.Where(i => i.StartedAt < end);
        }
        var rows = await cases.OrderBy(i => i.Key).Select(i => new { i.OrganisationId, i.StateData }).ToListAsync(ct);
        var decisions = rows
            .Select(r => Variables(r.StateData) is { } variables ? DecidedPenaltyReader.Read(variables, r.OrganisationId) : null)
            .OfType<DecidedPenalty>()
            .Where(d => (from is null || d.DecidedOn >= from) && (to is null || d.DecidedOn <= to))
            .ToList();
        return new DiscretionStatistics(from, to, DiscretionCount.Of(null, decisions),
            Group(decisions, d => d.ViolationType), Group(decisions, d => d.OrganisationId));
    }

    private static List<DiscretionCount> Group(IEnumerable<DecidedPenalty> decisions, Func<DecidedPenalty, string?> key) =>
        decisions.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => DiscretionCount.Of(g.Key, g.ToList())).ToList();

    private static JsonObject? Variables(string stateData) =>
        JsonNode.Parse(stateData) is JsonObject state ? state["variables"] as JsonObject : null;
}
