using System.Text.Json;
using System.Text.Json.Nodes;
using Bpm.Engine.People;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.States;
using Bpm.Server.Discretion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.Workflows.Summary;

/// <summary>The discretion statistics as the route computed them before their read model: every penalty case's variables
/// read in memory (<see cref="DecidedPenaltyReader"/>) and filtered here, to hold the table's answer against.</summary>
public static class DiscretionOracle
{
    public static async Task<DiscretionStatistics> CountAsync(IServiceProvider services, DiscretionStatisticsFilter filter)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<BpmDbContext>>().CreateDbContextAsync();
        var cases = await db.ProcessInstances.AsNoTracking()
            .Where(i => i.ParentInstanceKey == null && i.State != ProcessInstanceState.Terminated
                && DecidedPenaltyProjection.PenaltyProcesses.Contains(i.BpmnProcessId))
            .Select(i => new { i.BpmnProcessId, i.OrganisationId, i.StateData })
            .ToListAsync();
        var units = filter.Unit is { } unit ? await services.GetRequiredService<IPeopleDirectory>().OrganisationSubtreeAsync(unit, default) : null;
        var tallies = cases
            .Select(c => JsonNode.Parse(c.StateData)?["variables"] is JsonObject variables
                ? DecidedPenaltyReader.Read(variables, c.BpmnProcessId, c.OrganisationId)
                : null)
            .OfType<DecidedPenalty>()
            .Where(d => (filter.From is null || d.DecidedOn >= filter.From) && (filter.To is null || d.DecidedOn <= filter.To)
                && (filter.Violation is null || d.ViolationType == filter.Violation)
                && (units is null || (d.OrganisationId is not null && units.Contains(d.OrganisationId))))
            .Select(DiscretionTally.Of)
            .ToList();
        return DiscretionStatisticsQuery.Statistics(filter, tallies);
    }

    /// <summary>The statistics as the API writes them, for comparing an answer with the oracle's.</summary>
    public static string Json(DiscretionStatistics statistics) => JsonSerializer.Serialize(statistics, JsonSerializerOptions.Web);

    public static string Json(JsonObject answer) =>
        // The counts only: the oracle knows no unit names.
        Json((answer.Deserialize<DiscretionStatistics>(JsonSerializerOptions.Web) ?? throw new InvalidOperationException("no statistics"))
            with { UnitNames = new Dictionary<string, string>() });

    /// <summary>The route's query string for a filter.</summary>
    public static string Query(DiscretionStatisticsFilter filter)
    {
        var parts = new List<string>();
        if (filter.From is { } from) parts.Add($"from={from:yyyy-MM-dd}");
        if (filter.To is { } to) parts.Add($"to={to:yyyy-MM-dd}");
        if (filter.Unit is { } unit) parts.Add($"unit={Uri.EscapeDataString(unit)}");
        if (filter.Violation is { } violation) parts.Add($"violation={Uri.EscapeDataString(violation)}");
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
