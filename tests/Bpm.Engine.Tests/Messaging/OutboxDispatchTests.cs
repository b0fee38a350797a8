using Bpm.Contracts.V1;
using Bpm.Engine.Hosting;
using Bpm.Engine.Messaging;
using Bpm.Engine.Messaging.Outbox;
using Bpm.Engine.Persistence;
using Bpm.Engine.Queries;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Bpm.Engine.Tests.Messaging.OutboundBpmn;

namespace Bpm.Engine.Tests.Messaging;

/// <summary>The outbox dispatcher delivers committed messages through the transport, retries with back-off on the engine clock
/// and opens (and later resolves) an incident when delivery keeps failing. Own database: the dispatcher sends every due row.</summary>
public abstract class OutboxDispatchTests(DatabaseProvider provider)
{
    private static readonly TimeSpan Backoff = TimeSpan.FromSeconds(10);

    /// <summary>An engine on its own database whose transport records (or refuses) messages, and an instance that has written
    /// <paramref name="messages"/> filings (decision numbers file1, file2, ...).</summary>
    private static async Task<(IsolatedEngine Engine, RecordingTransport Transport, long Key)> StartAsync(DatabaseProvider provider, bool failing,
        int messages = 1)
    {
        var transport = new RecordingTransport { Failing = failing };
        var engine = await IsolatedEngine.StartAsync(provider, services =>
        {
            services.AddSingleton<IOutboxTransport>(transport);
            services.Configure<EngineOptions>(o =>
            {
                o.Outbox.MaxAttempts = 3;
                o.Outbox.RetryBackoff = Backoff;
                o.Outbox.RetryBackoffMax = TimeSpan.FromMinutes(5);
            });
        });
        var sends = Enumerable.Range(1, messages).Select(i => $"file{i}").ToArray();
        await engine.H.DeployAsync(Bpmn.Process("dispatch", $"""
            <bpmn:startEvent id="start" />
            {string.Concat(sends.Select(s => SendTask(s, Filing, FilingInputs(decisionNumber: s))))}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain(["start", .. sends, "end"])}
            """));
        return (engine, transport, await engine.H.StartAsync("dispatch", businessKey: "CASE-DISPATCH"));
    }

    private static Task<int> DispatchAsync(EngineHarness h) =>
        h.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

    private static async Task<IReadOnlyList<IncidentInfo>> IncidentsAsync(EngineHarness h, long key) =>
        await h.Queries.ListIncidentsAsync(key, null, CancellationToken.None);

    [Fact]
    public async Task The_next_attempt_is_a_fresh_row_at_once_then_the_retry_time_then_nothing()
    {
        var (engine, transport, _) = await StartAsync(provider, failing: true);
        await using var _ = engine;
        var h = engine.H;
        var dispatcher = h.Services.GetRequiredService<OutboxDispatcher>();
        var written = h.Clock.GetUtcNow();

        Assert.Equal(written, await dispatcher.NextAttemptAtAsync(CancellationToken.None));
        await DispatchAsync(h);
        Assert.Equal(written + Backoff, await dispatcher.NextAttemptAtAsync(CancellationToken.None));

        transport.Failing = false;
        h.Clock.Advance(Backoff);
        Assert.Equal(1, await DispatchAsync(h));
        Assert.Null(await dispatcher.NextAttemptAtAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Committed_message_is_delivered_once_with_a_contract_payload()
    {
        var (engine, transport, key) = await StartAsync(provider, failing: false);
        await using var _ = engine;
        var h = engine.H;

        Assert.Equal(1, await DispatchAsync(h));
        Assert.Equal(0, await DispatchAsync(h));

        var sent = Assert.Single(transport.Sent);
        var row = Assert.Single(await h.OutboxAsync(key));
        Assert.Equal((row.MessageId, Filing, key, 0), (sent.MessageId, sent.MessageName, sent.ProcessInstanceKey, sent.Attempts));
        var filing = (MajorPenaltyFiling)MessageCatalog.Deserialize(MessageCatalog.Find(sent.MessageName)!, sent.Payload);
        Assert.Equal((sent.MessageId, "CASE-DISPATCH", "file1"), (filing.MessageId, filing.CaseNumber, filing.DecisionNumber));
        Assert.False(string.IsNullOrEmpty(filing.Sender.Name));
        Assert.Equal((h.Clock.GetUtcNow(), 1), (row.DispatchedAt, row.Attempts));
    }

    [Fact]
    public async Task Failing_transport_backs_off_opens_an_incident_after_max_attempts_and_delivery_resolves_it()
    {
        var (engine, transport, key) = await StartAsync(provider, failing: true);
        await using var _ = engine;
        var h = engine.H;

        Assert.Equal(0, await DispatchAsync(h));
        var row = Assert.Single(await h.OutboxAsync(key));
        Assert.Equal((1, h.Clock.GetUtcNow() + Backoff), (row.Attempts, row.NextAttemptAt));
        Assert.Contains("broker unreachable", row.LastError);

        h.Clock.Advance(Backoff - TimeSpan.FromSeconds(1));
        await DispatchAsync(h);
        Assert.Equal(1, transport.Attempts);

        h.Clock.Advance(TimeSpan.FromSeconds(1));
        await DispatchAsync(h);
        Assert.Equal(2, transport.Attempts);
        Assert.Empty(await IncidentsAsync(h, key));

        h.Clock.Advance(2 * Backoff);
        await DispatchAsync(h);
        Assert.Equal(3, transport.Attempts);
        var incident = Assert.Single(await IncidentsAsync(h, key));
        Assert.Equal((IncidentTypes.MessageDispatch, "ACTIVE", "file1"), (incident.ErrorType, incident.State, incident.ElementId));

        transport.Failing = false;
        h.Clock.Advance(4 * Backoff);
        Assert.Equal(1, await DispatchAsync(h));

        Assert.Single(transport.Sent);
        Assert.Equal("RESOLVED", Assert.Single(await IncidentsAsync(h, key)).State);
        Assert.NotNull(Assert.Single(await h.OutboxAsync(key)).DispatchedAt);
    }

    [Fact]
    public async Task Resolving_the_dispatch_incident_sends_the_message_now()
    {
        var (engine, transport, key) = await StartAsync(provider, failing: true);
        await using var _ = engine;
        var h = engine.H;
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await DispatchAsync(h);
            if (attempt < 3) h.Clock.Advance(TimeSpan.FromMinutes(5));
        }
        var incident = Assert.Single(await IncidentsAsync(h, key));
        transport.Failing = false;
        Assert.Equal(0, await DispatchAsync(h));

        await h.Engine.ResolveIncidentAsync(long.Parse(incident.IncidentKey), CancellationToken.None);
        Assert.Equal(1, await DispatchAsync(h));

        Assert.Single(transport.Sent);
        Assert.Equal("RESOLVED", Assert.Single(await IncidentsAsync(h, key)).State);
    }

    [Fact]
    public async Task Messages_of_one_instance_are_delivered_in_order_even_after_a_failure()
    {
        var (engine, transport, key) = await StartAsync(provider, failing: true, messages: 3);
        await using var _ = engine;
        var h = engine.H;

        Assert.Equal(0, await DispatchAsync(h));
        Assert.Equal(1, transport.Attempts);

        transport.Failing = false;
        h.Clock.Advance(Backoff);
        Assert.Equal(3, await DispatchAsync(h));

        var contract = MessageCatalog.Find(Filing)!;
        Assert.Equal(["file1", "file2", "file3"],
            transport.Sent.Select(m => ((MajorPenaltyFiling)MessageCatalog.Deserialize(contract, m.Payload)).DecisionNumber));
        Assert.Equal((await h.OutboxAsync(key)).Select(r => r.MessageId), transport.Sent.Select(m => m.MessageId));
    }
}

public sealed class OutboxDispatchSqliteTests() : OutboxDispatchTests(DatabaseProvider.Sqlite);
public sealed class OutboxDispatchPostgresTests() : OutboxDispatchTests(DatabaseProvider.Postgres);
