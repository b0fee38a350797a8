using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Workflows;

/// <summary>The case documents (docs/documents.md) a scenario's instance generated.</summary>
public static class ScenarioDocuments
{
    /// <summary>The instance's document of <paramref name="type"/>, waiting for the generating job to have run.</summary>
    public static async Task<JsonObject> DocumentAsync(this ScenarioDriver driver, string instanceKey, string type)
    {
        var admin = await driver.AdminAsync();
        return await ScenarioDriver.EventuallyAsync(async () =>
            (await admin.GetItemsAsync($"/api/process-instances/{instanceKey}/documents")).Select(d => d!.AsObject())
                .FirstOrDefault(d => d["documentType"]!.GetValue<string>() == type), $"a {type} document of {instanceKey}");
    }
}
