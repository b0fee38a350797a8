using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Bus.Tests.Infrastructure;

namespace Bpm.Bus.Tests.EndToEnd;

/// <summary>The real engine behind a consumer that fails: the reply reaches the error queue after MassTransit's retries, and
/// replaying it resumes the instance.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class RabbitMqConsumerFaultTests : IAsyncLifetime
{
    private readonly FailingCorrelator failing = new() { FailFirst = 4 }; // the first try and the three retries
    private BusTestHost host = null!;

    public async Task InitializeAsync() => host = await BusTestHost.StartWithEngineAsync("RabbitMq", failing.Decorate);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [RabbitMqFact]
    public async Task A_reply_the_engine_kept_failing_on_waits_in_the_error_queue_until_replayed()
    {
        const string caseNumber = "豫郑市监罚〔2025〕501号";
        var key = await host.Client.StartAsync(FilingModels.FilingProcessId, caseNumber, FilingModels.FilingVariables(caseNumber));

        var errors = await Eventually.WaitAsync(
            async () => (await host.Client.GetFromJsonAsync<JsonObject>("/api/bus/errors"))!["items"]!.AsArray(),
            items => items.Count == 1, "the reply to reach the error queue");
        var replyId = errors[0]!["messageId"]!.GetValue<Guid>();
        Assert.Contains("模拟故障", errors[0]!["reason"]!.GetValue<string>());
        Assert.Equal(4, failing.Attempts(replyId));
        Assert.Equal("ACTIVE", (await host.Client.InstanceAsync(key))["state"]!.GetValue<string>());

        var replay = await host.Client.PostAsync("/api/bus/errors/replay", null);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(1, (await host.Client.CompletedAsync(key)).Completions("acknowledged"));
        Assert.Equal(5, failing.Attempts(replyId));
    }
}
