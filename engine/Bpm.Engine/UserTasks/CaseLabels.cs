using System.Text.Json.Nodes;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Queries;
using Bpm.Engine.Queries;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.UserTasks;

/// <summary>Reads the <see cref="CaseLabel"/> of a page of tasks' cases: one query for the instances, one for the numbers a
/// module issued them (<see cref="ICaseLabelNumbers"/>). The party comes from the instance's root variables.</summary>
internal static class CaseLabels
{
    private static readonly string[] PartyVariables = ["partyName", "applicantName"];

    public static async Task<IReadOnlyDictionary<long, CaseLabel>> ForAsync(BpmDbContext db, ICaseLabelNumbers numbers, IReadOnlyCollection<long> instanceKeys,
        CancellationToken ct)
    {
        if (instanceKeys.Count == 0) return new Dictionary<long, CaseLabel>();
        var keys = instanceKeys.Distinct().ToList();
        var instances = await db.ProcessInstances.AsNoTracking().Where(i => keys.Contains(i.Key))
            .Select(i => new { i.Key, i.BusinessKey, i.StateData }).ToListAsync(ct);
        var issued = await numbers.FirstIssuedAsync(keys, ct);
        return instances.ToDictionary(i => i.Key, i =>
        {
            var variables = EngineQueries.RootVariables(i.StateData);
            var number = NumberOf(issued, i.Key, variables) ?? i.BusinessKey;
            var party = PartyVariables.Select(name => Text(variables[name])).FirstOrDefault(p => p is not null);
            return new CaseLabel(number, i.BusinessKey, party);
        });
    }

    /// <summary>The case's 案号 as a person knows it: the first number a module issued it, else its <c>caseNumber</c>
    /// variable; null when it has none (no fallback to keys).</summary>
    public static string? NumberOf(IReadOnlyDictionary<long, string> issued, long instanceKey, JsonObject? rootVariables) =>
        issued.GetValueOrDefault(instanceKey) ?? Text(rootVariables?["caseNumber"]);

    /// <summary>The 案号 of each of the instances that has one (<see cref="NumberOf"/>).</summary>
    public static async Task<IReadOnlyDictionary<long, string>> NumbersAsync(BpmDbContext db, ICaseLabelNumbers numbers, IReadOnlyCollection<long> instanceKeys,
        CancellationToken ct)
    {
        if (instanceKeys.Count == 0) return new Dictionary<long, string>();
        var keys = instanceKeys.Distinct().ToList();
        var states = await db.ProcessInstances.AsNoTracking().Where(i => keys.Contains(i.Key)).Select(i => new { i.Key, i.StateData }).ToListAsync(ct);
        var issued = await numbers.FirstIssuedAsync(keys, ct);
        return states.Select(i => (i.Key, Number: NumberOf(issued, i.Key, EngineQueries.RootVariables(i.StateData))))
            .Where(i => i.Number is not null).ToDictionary(i => i.Key, i => i.Number!);
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
