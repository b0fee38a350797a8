using Bpm.Engine.Messaging.Sweep;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Behaviour.Events;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;
using static Bpm.Engine.Tests.Messaging.MessagingExtensions;

namespace Bpm.Engine.Tests.Messaging;

/// <summary>Concurrent publishes and subscriptions: every message correlates exactly once per process.</summary>
public abstract class ConcurrencyTests(DatabaseProvider provider)
{
    private static string Model(string processId, string name, bool prepare, params string[] waits)
    {
        string[] head = prepare ? ["start", "prepare"] : ["start"];
        return Bpmn.ProcessWith(processId, Message("m", name), $"""
            <bpmn:startEvent id="start" />
            {(prepare ? Bpmn.UserTask("prepare") : "")}
            {string.Concat(waits.Select(w => ReceiveTask(w, "m")))}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain([.. head, .. waits, "end"])}
            """);
    }

    [Fact]
    public async Task Concurrent_publishes_to_many_waiting_instances_correlate_each_exactly_once()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var name = Unique("reply");
        await h.DeployAsync(Model("concurrent_many", name, prepare: false, "wait"));
        var keys = new Dictionary<string, long>();
        for (var i = 0; i < 50; i++) keys[$"M-{i}"] = await h.StartAsync("concurrent_many", new { caseNo = $"M-{i}" });

        var results = await Task.WhenAll(keys.Keys.Select(caseNo => Task.Run(async () =>
            (caseNo, published: await h.PublishAsync(name, caseNo, new { answered = caseNo })))));

        Assert.All(results, r => Assert.Equal([keys[r.caseNo]], r.published.ProcessInstanceKeys));
        foreach (var (caseNo, key) in keys)
        {
            var instance = await h.InstanceAsync(key);
            Assert.Equal(("COMPLETED", caseNo), (instance.State, instance.Variables.Text("answered")));
            Assert.Single(await h.CompletedElementsAsync(key), "wait");
        }
    }

    [Fact]
    public async Task Two_concurrent_publishes_resume_one_waiting_receive_task_once()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var name = Unique("reply");
        await h.DeployAsync(Model("concurrent_one", name, prepare: false, "wait"));
        var key = await h.StartAsync("concurrent_one", new { caseNo = "ONE" });

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(() => h.PublishAsync(name, "ONE", new { winner = i }))));

        Assert.Equal([key], results.SelectMany(r => r.ProcessInstanceKeys));
        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Single(await h.CompletedElementsAsync(key), "wait");
    }

    [Fact]
    public async Task Buffered_message_and_an_opening_subscription_correlate_once_and_the_sweep_finds_what_was_missed()
    {
        await using var engine = await IsolatedEngine.StartAsync(provider);
        var h = engine.H;
        var name = Unique("reply");
        // A second wait for the same message shows a message correlating twice to the instance.
        await h.DeployAsync(Model("concurrent_buffer", name, prepare: true, "wait1", "wait2"));
        var keys = new List<long>();
        for (var i = 0; i < 10; i++) keys.Add(await h.StartAsync("concurrent_buffer", new { caseNo = $"B-{i}" }));

        var published = await Task.WhenAll(keys.Select((key, i) => Task.Run(async () =>
        {
            var publish = Task.Run(() => h.PublishAsync(name, $"B-{i}", new { n = i }, TimeSpan.FromHours(1)));
            await h.CompleteTaskAsync(key, "prepare");
            return await publish;
        })));
        await h.Services.GetRequiredService<MessageSweep>().RunAsync(CancellationToken.None);

        for (var i = 0; i < keys.Count; i++)
        {
            Assert.Equal(["wait2"], (await h.InstanceAsync(keys[i])).ActiveElementIds);
            Assert.Equal([keys[i]], (await h.CorrelationsAsync(published[i].MessageKey)).Select(c => c.ProcessInstanceKey));
        }
        Assert.Equal(0, await h.Services.GetRequiredService<MessageSweep>().RunAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Message_sweep_correlates_a_buffered_message_nothing_picked_up()
    {
        await using var engine = await IsolatedEngine.StartAsync(provider);
        var h = engine.H;
        var name = Unique("reply");
        await h.DeployAsync(Model("sweep_missed", name, prepare: false, "wait"));
        var key = await h.StartAsync("sweep_missed", new { caseNo = "S-1" });
        var sweep = h.Services.GetRequiredService<MessageSweep>();

        // Written straight to the table, like a publish whose follow-up correlation was lost in a crash.
        var message = await MessageRows.InsertBufferedAsync(h, name, "S-1", TimeSpan.FromHours(1));

        Assert.Equal(1, await sweep.RunAsync(CancellationToken.None));
        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal([key], (await h.CorrelationsAsync(message)).Select(c => c.ProcessInstanceKey));
        Assert.Equal(0, await sweep.RunAsync(CancellationToken.None));
    }
}

public sealed class ConcurrencySqliteTests() : ConcurrencyTests(DatabaseProvider.Sqlite);
public sealed class ConcurrencyPostgresTests() : ConcurrencyTests(DatabaseProvider.Postgres);
