using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Bpm.Bus.Tests.Infrastructure;

/// <summary>The agency simulator's admin routes, on a client that sends the admin's token.</summary>
public static class SimulatorApi
{
    /// <summary>GET /api/agency-simulator/messages.</summary>
    public static async Task<JsonArray> SimulatorMessagesAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<JsonObject>("/api/agency-simulator/messages"))!["items"]!.AsArray();

    /// <summary>Waits until the simulator has recorded the request (and the entry satisfies <paramref name="until"/>).</summary>
    public static async Task<JsonObject> SimulatorEntryAsync(this HttpClient client, Guid requestId, Func<JsonObject, bool>? until = null) =>
        await Eventually.WaitAsync(async () => (await client.SimulatorMessagesAsync()).OfType<JsonObject>()
                .FirstOrDefault(m => m["messageId"]!.GetValue<Guid>() == requestId),
            m => m is not null && (until?.Invoke(m) ?? true), $"the simulator to record {requestId}") ?? throw new InvalidOperationException();
}
