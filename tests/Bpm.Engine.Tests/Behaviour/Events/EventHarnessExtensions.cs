using System.Text.Json.Nodes;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Queries;
using Bpm.Engine.Tests.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Behaviour.Events;

/// <summary>Harness helpers for event tests: subscriptions (bookmarks) from the database, triggering them, terminated elements
/// and user tasks in any state.</summary>
public static class EventHarnessExtensions
{
    public static async Task<List<SubscriptionEntity>> SubscriptionsAsync(this EngineHarness h, long instanceKey)
    {
        var factory = h.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>();
        await using var context = await factory.CreateDbContextAsync();
        return await context.Subscriptions.AsNoTracking().Where(s => s.ProcessInstanceKey == instanceKey).OrderBy(s => s.Key).ToListAsync();
    }

    /// <summary>The one subscription of an element (fails when there is not exactly one).</summary>
    public static async Task<SubscriptionEntity> SubscriptionAsync(this EngineHarness h, long instanceKey, string elementId) =>
        (await h.SubscriptionsAsync(instanceKey)).Single(s => s.ElementId == elementId);

    /// <summary>Fires the one subscription of an element as if its message arrived or its timer fell due.</summary>
    public static async Task TriggerAsync(this EngineHarness h, long instanceKey, string elementId, object? variables = null)
    {
        var subscription = await h.SubscriptionAsync(instanceKey, elementId);
        await h.Engine.TriggerSubscriptionAsync(subscription.Key, EngineHarness.ToJsonObject(variables), CancellationToken.None);
    }

    /// <summary>Keys of the instances a call activity of this instance started, oldest first.</summary>
    public static async Task<List<long>> ChildInstancesAsync(this EngineHarness h, long parentInstanceKey)
    {
        var factory = h.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>();
        await using var context = await factory.CreateDbContextAsync();
        return await context.ProcessInstances.AsNoTracking().Where(i => i.ParentInstanceKey == parentInstanceKey)
            .OrderBy(i => i.Key).Select(i => i.Key).ToListAsync();
    }

    /// <summary>Element ids in the order they were terminated (the process itself excluded).</summary>
    public static async Task<List<string>> TerminatedElementsAsync(this EngineHarness h, long instanceKey) =>
        (await h.HistoryAsync(instanceKey)).Where(e => e.Event == "TERMINATED" && e.ElementType != "process").Select(e => e.ElementId!).ToList();

    /// <summary>Element ids in the order they were activated (the process itself excluded).</summary>
    public static async Task<List<string>> ActivatedElementsAsync(this EngineHarness h, long instanceKey) =>
        (await h.HistoryAsync(instanceKey)).Where(e => e.Event == "ACTIVATED" && e.ElementType != "process").Select(e => e.ElementId!).ToList();

    public static async Task<IReadOnlyList<UserTaskInfo>> TasksAsync(this EngineHarness h, long instanceKey, string state) =>
        (await h.Queries.ListUserTasksAsync(new UserTaskFilter(instanceKey.ToString(), state, null, null, 1, 500), CancellationToken.None)).Items;

    /// <summary>A root-scope variable as text (for strings) or its JSON text.</summary>
    public static string? Text(this JsonObject variables, string name) => variables[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var node => node.ToJsonString(),
    };

    /// <summary>A root-scope number variable.</summary>
    public static decimal Number(this JsonObject variables, string name) => variables[name]!.GetValue<decimal>();
}
