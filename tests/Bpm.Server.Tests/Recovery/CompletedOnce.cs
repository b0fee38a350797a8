using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Recovery;

/// <summary>"Finishes once", as the API shows it: the instance is COMPLETED without incidents, and its history has the
/// process completed once and every element of its path activated once and completed once, nothing terminated, no
/// failed job attempt, no incident.</summary>
public static class CompletedOnce
{
    /// <summary>Asserts it and returns the instance's history items.</summary>
    public static async Task<JsonArray> AssertAsync(HttpClient client, string instanceKey, IReadOnlyList<string> elements)
    {
        var instance = await client.GetObjectAsync($"/api/process-instances/{instanceKey}");
        var history = await client.GetItemsAsync($"/api/process-instances/{instanceKey}/history");
        var trace = Describe(history);

        Assert.True(instance["state"]!.GetValue<string>() == "COMPLETED", $"instance {instanceKey} is {instance["state"]}; history: {trace}");
        Assert.True(instance["incidents"]!.AsArray().Count == 0, $"instance {instanceKey} has incidents: {instance["incidents"]}");
        Assert.True(instance["activeElementIds"]!.AsArray().Count == 0, $"instance {instanceKey} still has active elements: {instance["activeElementIds"]}");

        Assert.True(Count(history, "COMPLETED", elementType: "process") == 1, $"instance {instanceKey}: process not completed exactly once; history: {trace}");
        foreach (var element in elements)
        {
            Assert.True(Count(history, "ACTIVATED", element) == 1, $"instance {instanceKey}: '{element}' not activated exactly once; history: {trace}");
            Assert.True(Count(history, "COMPLETED", element) == 1, $"instance {instanceKey}: '{element}' not completed exactly once; history: {trace}");
        }
        var unexpected = history
            .Where(e => Event(e) is "ACTIVATED" or "COMPLETED" && Type(e) != "process" && !elements.Contains(Id(e)))
            .Select(e => Id(e)).Distinct().ToList();
        Assert.True(unexpected.Count == 0, $"instance {instanceKey}: unexpected elements {string.Join(", ", unexpected)}; history: {trace}");
        foreach (var forbidden in new[] { "TERMINATED", "JOB_FAILED", "INCIDENT_CREATED" })
            Assert.True(Count(history, forbidden) == 0, $"instance {instanceKey}: {forbidden} in history: {trace}");
        return history;
    }

    /// <summary>When the element's COMPLETED entry was recorded.</summary>
    public static DateTimeOffset CompletedAt(JsonArray history, string elementId) =>
        history.Single(e => Event(e) == "COMPLETED" && Id(e) == elementId)!["at"]!.GetValue<DateTimeOffset>();

    public static int Count(JsonArray history, string @event, string? elementId = null, string? elementType = null) =>
        history.Count(e => Event(e) == @event && (elementId is null || Id(e) == elementId) && (elementType is null || Type(e) == elementType));

    public static string Describe(JsonArray history) =>
        string.Join(", ", history.Select(e => $"{Id(e) ?? Name(e)}:{Event(e)}"));

    private static string Event(JsonNode? entry) => entry!["event"]!.GetValue<string>();

    private static string? Id(JsonNode? entry) => entry!["elementId"]?.GetValue<string>();

    private static string? Type(JsonNode? entry) => entry!["elementType"]?.GetValue<string>();

    private static string? Name(JsonNode? entry) => entry!["name"]?.GetValue<string>();
}
