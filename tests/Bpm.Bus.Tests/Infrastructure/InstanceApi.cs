using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Bpm.Bus.Tests.Infrastructure;

/// <summary>The process-instance routes the end-to-end tests use.</summary>
public static class InstanceApi
{
    public static async Task<string> StartAsync(this HttpClient client, string bpmnProcessId, string caseNumber, object variables)
    {
        var response = await client.PostAsJsonAsync("/api/process-instances", new { bpmnProcessId, businessKey = caseNumber, variables });
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"start failed: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["processInstanceKey"]!.GetValue<string>();
    }

    public static async Task<JsonObject> InstanceAsync(this HttpClient client, string key) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/process-instances/{key}"))!;

    public static async Task<JsonArray> HistoryAsync(this HttpClient client, string key) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/process-instances/{key}/history"))!["items"]!.AsArray();

    /// <summary>Waits until the instance has completed and returns its history.</summary>
    public static async Task<JsonArray> CompletedAsync(this HttpClient client, string key, TimeSpan? timeout = null)
    {
        await Eventually.WaitAsync(async () => (await client.InstanceAsync(key))["state"]!.GetValue<string>(),
            state => state == "COMPLETED", $"instance {key} to complete", timeout);
        return await client.HistoryAsync(key);
    }

    /// <summary>How often the element completed in this history.</summary>
    public static int Completions(this JsonArray history, string elementId) =>
        history.Count(e => e!["event"]!.GetValue<string>() == "COMPLETED" && e["elementId"]?.GetValue<string>() == elementId);
}
