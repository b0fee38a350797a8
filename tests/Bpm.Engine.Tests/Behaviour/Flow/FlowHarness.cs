using System.Text.Json.Nodes;
using Bpm.Engine.Queries;
using Bpm.Engine.Tests.Engine;

namespace Bpm.Engine.Tests.Behaviour.Flow;

/// <summary>Queries the flow behaviour tests share.</summary>
public static class FlowHarness
{
    public static async Task<IReadOnlyList<IncidentInfo>> IncidentsAsync(this EngineHarness h, long key, string? state = "ACTIVE") =>
        await h.Queries.ListIncidentsAsync(key, state, CancellationToken.None);

    public static async Task<IReadOnlyList<UserTaskInfo>> TasksAsync(this EngineHarness h, long key, string? state) =>
        (await h.Queries.ListUserTasksAsync(new UserTaskFilter(key.ToString(), state, null, null, 1, 500), CancellationToken.None)).Items;

    public static Task ResolveAsync(this EngineHarness h, IncidentInfo incident) =>
        h.Engine.ResolveIncidentAsync(long.Parse(incident.IncidentKey), CancellationToken.None);

    /// <summary>How often an element reached an event (ACTIVATED, COMPLETED, TERMINATED) in the history.</summary>
    public static async Task<int> CountAsync(this EngineHarness h, long key, string elementId, string @event) =>
        (await h.HistoryAsync(key)).Count(e => e.Event == @event && e.ElementId == elementId);

    /// <summary>Completed element ids as a sorted multiset, for order-independent assertions.</summary>
    public static async Task<List<string>> CompletedSortedAsync(this EngineHarness h, long key)
    {
        var completed = await h.CompletedElementsAsync(key);
        completed.Sort(StringComparer.Ordinal);
        return completed;
    }

    public static async Task<IReadOnlyList<HistoryEntry>> EventsAsync(this EngineHarness h, long key, string @event) =>
        (await h.HistoryAsync(key)).Where(e => e.Event == @event).ToList();

    public static decimal Number(this JsonObject variables, string name) => variables[name]!.GetValue<decimal>();

    public static string Json(this JsonNode? node) => node?.ToJsonString() ?? "null";
}
