using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Behaviour.Events;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;
using static Bpm.Engine.Tests.Messaging.MessagingExtensions;

namespace Bpm.Engine.Tests.Messaging;

/// <summary>A message published with a time-to-live waits for a subscription that opens later, until it expires.</summary>
public abstract class BufferingTests(DatabaseProvider provider)
{
    /// <summary>Start, a user task "prepare" (so the instance is created before it waits), then receive tasks.</summary>
    private static string Model(string processId, string name, params string[] waits) => Bpmn.ProcessWith(processId, Message("m", name), $"""
        <bpmn:startEvent id="start" />
        {Bpmn.UserTask("prepare")}
        {string.Concat(waits.Select(w => ReceiveTask(w, "m")))}
        <bpmn:endEvent id="end" />
        {Bpmn.Chain(["start", "prepare", .. waits, "end"])}
        """);

    [Fact]
    public async Task Buffered_message_correlates_when_the_subscription_opens()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var name = Unique("reply");
        await h.DeployAsync(Model("buffer_later", name, "wait"));
        var key = await h.StartAsync("buffer_later", new { caseNo = "T-1" });

        var published = await h.PublishAsync(name, "T-1", new { answer = "yes" }, TimeSpan.FromMinutes(10));
        Assert.Empty(published.ProcessInstanceKeys);
        h.Clock.Advance(TimeSpan.FromMinutes(9));
        await h.CompleteTaskAsync(key, "prepare");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("yes", instance.Variables.Text("answer"));
        Assert.Equal([key], (await h.CorrelationsAsync(published.MessageKey)).Select(c => c.ProcessInstanceKey));
    }

    [Fact]
    public async Task Expired_message_does_not_correlate()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var name = Unique("reply");
        await h.DeployAsync(Model("buffer_expired", name, "wait"));
        var key = await h.StartAsync("buffer_expired", new { caseNo = "T-2" });

        await h.PublishAsync(name, "T-2", new { answer = "too late" }, TimeSpan.FromMinutes(10));
        h.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        await h.CompleteTaskAsync(key, "prepare");

        var instance = await h.InstanceAsync(key);
        Assert.Equal(["wait"], instance.ActiveElementIds);
        Assert.Null(instance.Variables["answer"]);
    }

    [Fact]
    public async Task Buffered_messages_correlate_first_published_first_and_each_only_once_per_process()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var name = Unique("reply");
        await h.DeployAsync(Model("buffer_order", name, "wait1", "wait2", "wait3"));
        var key = await h.StartAsync("buffer_order", new { caseNo = "T-3" });

        await h.PublishAsync(name, "T-3", new { seen = "first", first = true }, TimeSpan.FromHours(1));
        await h.PublishAsync(name, "T-3", new { seen = "second", second = true }, TimeSpan.FromHours(1));
        await h.CompleteTaskAsync(key, "prepare");

        // wait1 takes the first message, wait2 the second; neither message comes back for wait3.
        var instance = await h.InstanceAsync(key);
        Assert.Equal(["wait3"], instance.ActiveElementIds);
        Assert.Equal("second", instance.Variables.Text("seen"));
        var order = (await h.HistoryAsync(key)).Where(e => e.Event == "COMPLETED" && e.ElementId is "wait1" or "wait2").Select(e => e.ElementId);
        Assert.Equal(["wait1", "wait2"], order);
    }

    [Fact]
    public async Task Buffered_message_also_correlates_to_a_second_process_waiting_for_it()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var name = Unique("reply");
        await h.DeployAsync(Model("buffer_process_a", name, "wait"));
        await h.DeployAsync(Model("buffer_process_b", name, "wait"));
        var a = await h.StartAsync("buffer_process_a", new { caseNo = "T-4" });
        var a2 = await h.StartAsync("buffer_process_a", new { caseNo = "T-4" });
        var b = await h.StartAsync("buffer_process_b", new { caseNo = "T-4" });

        var published = await h.PublishAsync(name, "T-4", new { answer = 4 }, TimeSpan.FromHours(1));
        await h.CompleteTaskAsync(a, "prepare");
        await h.CompleteTaskAsync(a2, "prepare");
        await h.CompleteTaskAsync(b, "prepare");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(a)).State);
        Assert.Equal(["wait"], (await h.InstanceAsync(a2)).ActiveElementIds);
        Assert.Equal("COMPLETED", (await h.InstanceAsync(b)).State);
        Assert.Equal([a, b], (await h.CorrelationsAsync(published.MessageKey)).Select(c => c.ProcessInstanceKey));
    }
}

public sealed class BufferingSqliteTests() : BufferingTests(DatabaseProvider.Sqlite);
public sealed class BufferingPostgresTests() : BufferingTests(DatabaseProvider.Postgres);
