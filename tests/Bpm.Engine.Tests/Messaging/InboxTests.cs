using Bpm.Engine.Messaging;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Tests.Behaviour.Events;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;
using static Bpm.Engine.Tests.Messaging.MessagingExtensions;

namespace Bpm.Engine.Tests.Messaging;

/// <summary>Messages received from other systems: deduplicated by id through the inbox, parked with a reason when nothing
/// waits, replayed later.</summary>
public abstract class InboxTests(DatabaseProvider provider)
{
    /// <summary>The instance's business key is the case number; it waits in "prepare" before it waits for the message.</summary>
    private static string Model(string processId, string name) => Bpmn.ProcessWith(processId, Message("m", name), $"""
        <bpmn:startEvent id="start" />
        {Bpmn.UserTask("prepare")}
        {ReceiveTask("wait", "m")}
        <bpmn:endEvent id="end" />
        {Bpmn.Chain("start", "prepare", "wait", "end")}
        """);

    [Fact]
    public async Task Received_message_correlates_once_and_its_duplicate_does_nothing()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var name = Unique("ack");
        var caseNo = Unique("CASE");
        await h.DeployAsync(Model("inbox_correlated", name));
        var key = await h.StartAsync("inbox_correlated", new { caseNo }, businessKey: caseNo);
        await h.CompleteTaskAsync(key, "prepare");
        var id = Guid.NewGuid();

        var received = await h.ReceiveAsync(id, name, caseNo, new { receipt = "R1" });
        var duplicate = await h.ReceiveAsync(id, name, caseNo, new { receipt = "R2" });

        Assert.Equal(InboundOutcome.Correlated, received.Outcome);
        Assert.Equal([key], received.ProcessInstanceKeys);
        Assert.Equal(InboundOutcome.Duplicate, duplicate.Outcome);
        Assert.Empty(duplicate.ProcessInstanceKeys);
        Assert.Equal("R1", (await h.InstanceAsync(key)).Variables.Text("receipt"));
        var entry = await h.Messages().FindInboxEntryAsync(id, CancellationToken.None);
        Assert.Equal(StateText<InboxMessageState>.Of(InboxMessageState.Correlated), entry!.State);
        Assert.Equal([key], entry.ProcessInstanceKeys);
    }

    [Fact]
    public async Task Message_for_an_unknown_case_is_parked_with_that_reason()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var name = Unique("ack");
        var caseNo = Unique("NOCASE");
        var id = Guid.NewGuid();

        var result = await h.ReceiveAsync(id, name, caseNo);

        Assert.Equal(InboundOutcome.Parked, result.Outcome);
        Assert.Contains("未知案件", result.Reason);
        var parked = await h.Messages().ParkedAsync(1000, CancellationToken.None);
        Assert.Contains(parked, p => p.MessageId == id && p.State == StateText<InboxMessageState>.Of(InboxMessageState.Parked) && p.Reason == result.Reason);
    }

    [Fact]
    public async Task Message_for_a_case_not_waiting_is_parked_and_replays_once_the_case_waits()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var name = Unique("ack");
        var caseNo = Unique("CASE");
        await h.DeployAsync(Model("inbox_replay", name));
        var key = await h.StartAsync("inbox_replay", new { caseNo }, businessKey: caseNo);
        var id = Guid.NewGuid();

        var parked = await h.ReceiveAsync(id, name, caseNo, new { receipt = "late" });

        Assert.Equal(InboundOutcome.Parked, parked.Outcome);
        Assert.Contains("不在等待此消息", parked.Reason);
        Assert.DoesNotContain("未知案件", parked.Reason);
        var stillParked = await h.Messages().ReplayParkedAsync(id, CancellationToken.None);
        Assert.Equal(InboundOutcome.Parked, stillParked.Outcome);

        await h.CompleteTaskAsync(key, "prepare");
        var replayed = await h.Messages().ReplayParkedAsync(id, CancellationToken.None);

        Assert.Equal(InboundOutcome.Correlated, replayed.Outcome);
        Assert.Equal([key], replayed.ProcessInstanceKeys);
        var instance = await h.InstanceAsync(key);
        Assert.Equal(("COMPLETED", "late"), (instance.State, instance.Variables.Text("receipt")));
        var entry = await h.Messages().FindInboxEntryAsync(id, CancellationToken.None);
        Assert.Equal((StateText<InboxMessageState>.Of(InboxMessageState.Correlated), null), (entry!.State, entry.Reason));
        Assert.NotNull(entry.CorrelatedAt);
        Assert.Equal(InboundOutcome.Duplicate, (await h.ReceiveAsync(id, name, caseNo)).Outcome);
    }
}

public sealed class InboxSqliteTests() : InboxTests(DatabaseProvider.Sqlite);
public sealed class InboxPostgresTests() : InboxTests(DatabaseProvider.Postgres);
