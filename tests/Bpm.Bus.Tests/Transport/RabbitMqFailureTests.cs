using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Bus.Tests.Infrastructure;
using Bpm.Contracts.V1;
using Bpm.Engine.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Bus.Tests.Transport;

/// <summary>What goes wrong on RabbitMQ: a consumer that keeps failing (error queue and replay), a reply nothing waits for
/// (parked), a duplicate delivery, and the broker going away.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class RabbitMqFailureTests() : BusHostTests("RabbitMq")
{
    [RabbitMqFact]
    public async Task A_reply_whose_consumer_keeps_failing_lands_in_the_error_queue_and_replay_delivers_it()
    {
        Host.Correlator.FailFirst = 4; // the first try and the three retries
        var filing = SampleRequests.Filing("豫郑市监罚〔2025〕201号");
        await Host.Transport.SendAsync(SampleRequests.Outbound(filing), CancellationToken.None);

        var replyId = (await Host.SimulatorEntryAsync(filing.MessageId, e => e["reply"]?["sent"]?.GetValue<bool>() == true))["reply"]!["messageId"]!.GetValue<Guid>();
        var error = await Eventually.WaitAsync(ErrorsAsync, items => items.Count == 1, "the reply to reach the error queue");
        Assert.Equal(replyId, error[0]!["messageId"]!.GetValue<Guid>());
        Assert.Contains("模拟故障", error[0]!["reason"]!.GetValue<string>());
        Assert.Equal(typeof(InvalidOperationException).FullName, error[0]!["exceptionType"]!.GetValue<string>());
        Assert.Contains(nameof(FilingAcknowledged), error[0]!["messageType"]!.GetValue<string>());
        Assert.Equal(4, Host.Correlator.Attempts(replyId));
        Assert.Empty(Host.Correlator.Received);
        Assert.Single(await ErrorsAsync()); // listing does not consume

        var replay = await Host.Client.PostAsync($"/api/bus/errors/replay?messageId={replyId}", null);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(1, (await replay.Content.ReadFromJsonAsync<JsonObject>())!["replayed"]!.GetValue<int>());

        var received = await Host.ReplyReceivedAsync(filing.MessageId);
        Assert.Equal(replyId, received.MessageId);
        Assert.Empty(await ErrorsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await Host.Client.PostAsync($"/api/bus/errors/replay?messageId={replyId}", null)).StatusCode);
    }

    [RabbitMqFact]
    public async Task A_reply_published_twice_with_one_message_id_reaches_the_inbox_twice_and_is_acked_as_duplicate()
    {
        var reply = SampleRequests.Acknowledgement("豫郑市监罚〔2025〕202号", Guid.NewGuid());
        var bus = Host.Factory.Services.GetRequiredService<IBus>();
        for (var i = 0; i < 2; i++)
            await bus.Publish(reply, Pipe.Execute<PublishContext>(c => c.MessageId = reply.MessageId));

        await Eventually.WaitAsync(() => Host.Correlator.Outcomes.Count(o => o.MessageId == reply.MessageId) == 2, "both deliveries");
        Assert.Equal([InboundOutcome.Correlated, InboundOutcome.Duplicate],
            Host.Correlator.Outcomes.Where(o => o.MessageId == reply.MessageId).Select(o => o.Outcome));
        Assert.Empty(await ErrorsAsync());
    }

    [RabbitMqFact]
    public async Task A_reply_nobody_waits_for_is_parked_and_can_be_replayed()
    {
        var reply = SampleRequests.Acknowledgement("UNKNOWN-豫郑市监罚〔2025〕203号", Guid.NewGuid());
        await Host.Factory.Services.GetRequiredService<IBus>().Publish(reply, Pipe.Execute<PublishContext>(c => c.MessageId = reply.MessageId));

        var parked = await Eventually.WaitAsync(
            async () => (await Host.Client.GetFromJsonAsync<JsonObject>("/api/messages/parked"))!["items"]!.AsArray(),
            items => items.Count == 1, "the reply to be parked");
        Assert.Equal(reply.MessageId, parked[0]!["messageId"]!.GetValue<Guid>());
        Assert.Equal("no instance waits", parked[0]!["reason"]!.GetValue<string>());

        var replay = await Host.Client.PostAsync($"/api/messages/parked/{reply.MessageId}/replay", null);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        var outcome = (await replay.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Correlated", outcome["outcome"]!.GetValue<string>());
        Assert.Equal("2", outcome["processInstanceKeys"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await Host.Client.PostAsync($"/api/messages/parked/{Guid.NewGuid()}/replay", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Host.Client.PostAsync("/api/messages/parked/not-a-uuid/replay", null)).StatusCode);
    }

    [RabbitMqFact]
    public async Task While_the_broker_is_down_a_send_fails_within_the_timeout_and_health_says_so_then_it_recovers()
    {
        var filing = SampleRequests.Filing("豫郑市监罚〔2025〕204号");
        try
        {
            await RabbitMqBroker.StopAppAsync();
            var clock = Stopwatch.StartNew();
            // The outbox dispatcher bounds each send by Bpm:Engine:Outbox:SendTimeout; this test gives the same bound.
            using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3)))
                await Assert.ThrowsAnyAsync<Exception>(() => Host.Transport.SendAsync(SampleRequests.Outbound(filing), timeout.Token));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the send took {clock.Elapsed}");
            await Eventually.WaitAsync(async () => (await Host.Client.GetAsync("/health")).StatusCode,
                status => status == HttpStatusCode.ServiceUnavailable, "/health to report the broker down");
        }
        finally
        {
            await RabbitMqBroker.StartAppAsync();
        }

        await Eventually.WaitAsync(async () => (await Host.Client.GetAsync("/health")).StatusCode,
            status => status == HttpStatusCode.OK, "/health to recover", TimeSpan.FromSeconds(180));
        // The outbox dispatcher retries a failed send; so does this test, until the reconnected bus accepts it.
        await Eventually.WaitAsync(async () =>
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
                await Host.Transport.SendAsync(SampleRequests.Outbound(filing), timeout.Token);
                return true;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return false;
            }
        }, sent => sent, "a send after the broker is back", TimeSpan.FromSeconds(180));
        Assert.Equal(FilingAcknowledged.MessageName, (await Host.ReplyReceivedAsync(filing.MessageId)).Name);
    }

    private async Task<JsonArray> ErrorsAsync() =>
        (await Host.Client.GetFromJsonAsync<JsonObject>("/api/bus/errors"))!["items"]!.AsArray();
}
