using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

/// <summary>Its own server: the first pin of a clock may go anywhere, even into the past.</summary>
public sealed class ClockFirstPinTests(ControllableClockServerFactory<Sqlite> factory) : ApiTestBase(factory), IClassFixture<ControllableClockServerFactory<Sqlite>>
{
    private static readonly DateTimeOffset Pinned = new(2025, 9, 26, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Pinning_moves_the_engine_clock_only_forward_and_release_returns_to_real_time()
    {
        var before = await Client.GetFromJsonAsync<JsonObject>("/api/clock");
        Assert.False(before!["pinned"]!.GetValue<bool>());
        Assert.True((DateTimeOffset.UtcNow - before["now"]!.GetValue<DateTimeOffset>()).Duration() < TimeSpan.FromMinutes(1));

        var pinned = await Client.PutAsJsonAsync("/api/clock", new { now = Pinned.ToString("O") });
        Assert.Equal(HttpStatusCode.OK, pinned.StatusCode);
        var body = (await pinned.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(body["pinned"]!.GetValue<bool>());
        Assert.Equal(Pinned, body["now"]!.GetValue<DateTimeOffset>());

        var backwards = await Client.PutAsJsonAsync("/api/clock", new { now = Pinned.AddSeconds(-1).ToString("O") });
        Assert.Equal(HttpStatusCode.Conflict, backwards.StatusCode);
        Assert.Equal(Pinned, (await Client.GetFromJsonAsync<JsonObject>("/api/clock"))!["now"]!.GetValue<DateTimeOffset>());

        var forward = await Client.PutAsJsonAsync("/api/clock", new { now = Pinned.AddDays(30).ToString("O") });
        Assert.Equal(HttpStatusCode.OK, forward.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync("/api/clock")).StatusCode);
        var released = await Client.GetFromJsonAsync<JsonObject>("/api/clock");
        Assert.False(released!["pinned"]!.GetValue<bool>());
    }
}
