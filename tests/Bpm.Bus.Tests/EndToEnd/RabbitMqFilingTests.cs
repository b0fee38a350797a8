using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Bus.Tests.Infrastructure;
using Bpm.Contracts.V1;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Bus.Tests.EndToEnd;

/// <summary>The real engine on RabbitMQ with the agency simulator: a send task's filing travels through the broker to the
/// simulated justice bureau, whose reply resumes the right instance.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class RabbitMqFilingTests() : BusHostTests("RabbitMq", engine: true)
{
    [RabbitMqFact]
    public async Task Two_concurrent_filings_each_resume_on_their_own_reply()
    {
        const string acknowledged = "豫郑市监罚〔2025〕401号";
        const string corrected = "豫郑市监罚〔2025〕402号-C";
        var keys = await Task.WhenAll(
            Host.Client.StartAsync(FilingModels.FilingProcessId, acknowledged, FilingModels.FilingVariables(acknowledged)),
            Host.Client.StartAsync(FilingModels.FilingProcessId, corrected, FilingModels.FilingVariables(corrected)));

        var first = await Host.Client.CompletedAsync(keys[0]);
        var second = await Host.Client.CompletedAsync(keys[1]);
        Assert.Equal(1, first.Completions("filed"));
        Assert.Equal(0, first.Completions("correctionReceived"));
        Assert.Equal(1, second.Completions("correctionReceived"));
        Assert.Equal(0, second.Completions("filed"));

        var received = await Host.SimulatorMessagesAsync();
        var filing = Assert.Single(received, m => m!["caseNumber"]!.GetValue<string>() == acknowledged)!;
        Assert.Equal(MajorPenaltyFiling.MessageName, filing["name"]!.GetValue<string>());
        Assert.Equal("郑州某食品有限公司", filing["body"]!["partyName"]!.GetValue<string>());
        Assert.Equal(150000m, filing["body"]!["fineAmount"]!.GetValue<decimal>());
        Assert.Equal(FilingAcknowledged.MessageName, filing["reply"]!["name"]!.GetValue<string>());
        Assert.Single(received, m => m!["caseNumber"]!.GetValue<string>() == corrected);
        var variables = (await Host.Client.InstanceAsync(keys[0]))["variables"]!;
        Assert.Equal(filing["messageId"]!.GetValue<Guid>(), variables["inReplyTo"]!.GetValue<Guid>());
    }

    [RabbitMqFact]
    public async Task Filings_sent_while_the_broker_is_down_go_out_once_it_is_back_and_each_instance_resumes_once()
    {
        var cases = Enumerable.Range(1, 4).Select(i => $"豫郑市监罚〔2025〕41{i}号").ToList();
        List<string> keys;
        try
        {
            await RabbitMqBroker.StopAppAsync();
            keys = (await Task.WhenAll(cases.Select(c => Host.Client.StartAsync(FilingModels.FilingProcessId, c, FilingModels.FilingVariables(c))))).ToList();
            foreach (var key in keys)
                await Eventually.WaitAsync(async () => await Host.Client.HistoryAsync(key),
                    history => history.Any(e => e!["event"]!.GetValue<string>() == "MESSAGE_SENT"), "the filing to be stored in the outbox");
            Assert.All(await Task.WhenAll(keys.Select(Host.Client.InstanceAsync)), i => Assert.Equal("ACTIVE", i["state"]!.GetValue<string>()));
        }
        finally
        {
            await RabbitMqBroker.StartAppAsync();
        }

        foreach (var key in keys)
            Assert.Equal(1, (await Host.Client.CompletedAsync(key, TimeSpan.FromSeconds(180))).Completions("acknowledged"));
        var received = await Host.SimulatorMessagesAsync();
        foreach (var caseNumber in cases)
            Assert.Single(received, m => m!["caseNumber"]!.GetValue<string>() == caseNumber);
    }

    [RabbitMqFact]
    public async Task A_reply_delivered_twice_resumes_its_instance_once()
    {
        const string caseNumber = "豫郑市监罚〔2025〕421号";
        var key = await Host.Client.StartAsync(FilingModels.WaitingProcessId, caseNumber, new { caseNumber });
        var reply = SampleRequests.Acknowledgement(caseNumber, Guid.NewGuid());
        var bus = Host.Factory.Services.GetRequiredService<IBus>();
        for (var i = 0; i < 2; i++)
            await bus.Publish(reply, Pipe.Execute<PublishContext>(c => c.MessageId = reply.MessageId));

        var history = await Host.Client.CompletedAsync(key);
        Assert.Equal(1, history.Completions("acknowledged"));
        // The second delivery is acknowledged without effect: nothing is parked, nothing failed.
        await Eventually.WaitAsync(async () => (await Host.Client.GetFromJsonAsync<JsonObject>("/api/bus/errors"))!["items"]!.AsArray().Count,
            count => count == 0, "an empty error queue");
        Assert.Empty((await Host.Client.GetFromJsonAsync<JsonObject>("/api/messages/parked"))!["items"]!.AsArray());
        Assert.Equal(1, (await Host.Client.HistoryAsync(key)).Completions("acknowledged"));
    }

    [RabbitMqFact]
    public async Task A_reply_for_an_unknown_case_is_parked_and_correlates_when_replayed_after_the_case_exists()
    {
        const string caseNumber = "豫郑市监罚〔2025〕431号";
        var reply = SampleRequests.Acknowledgement(caseNumber, Guid.NewGuid());
        await Host.Factory.Services.GetRequiredService<IBus>().Publish(reply, Pipe.Execute<PublishContext>(c => c.MessageId = reply.MessageId));

        var parked = await Eventually.WaitAsync(
            async () => (await Host.Client.GetFromJsonAsync<JsonObject>("/api/messages/parked"))!["items"]!.AsArray(),
            items => items.Count == 1, "the reply to be parked");
        Assert.Equal(reply.MessageId, parked[0]!["messageId"]!.GetValue<Guid>());
        Assert.Equal(caseNumber, parked[0]!["correlationKey"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(parked[0]!["reason"]?.GetValue<string>()));

        var key = await Host.Client.StartAsync(FilingModels.WaitingProcessId, caseNumber, new { caseNumber });
        var replay = await Host.Client.PostAsync($"/api/messages/parked/{reply.MessageId}/replay", null);
        var outcome = (await replay.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Correlated", outcome["outcome"]!.GetValue<string>());
        Assert.Equal(key, outcome["processInstanceKeys"]![0]!.GetValue<string>());
        Assert.Equal(1, (await Host.Client.CompletedAsync(key)).Completions("acknowledged"));
        Assert.Empty((await Host.Client.GetFromJsonAsync<JsonObject>("/api/messages/parked"))!["items"]!.AsArray());
    }
}
