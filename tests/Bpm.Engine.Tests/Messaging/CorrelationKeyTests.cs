using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Behaviour.Events;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;
using static Bpm.Engine.Tests.Messaging.MessagingExtensions;

namespace Bpm.Engine.Tests.Messaging;

/// <summary>A subscription's correlation key is evaluated once, when its element activates.</summary>
public abstract class CorrelationKeyTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Changing_the_key_variable_later_does_not_move_the_subscription()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var name = Unique("reply");
        await h.DeployAsync(Bpmn.ProcessWith("key_at_activation", Message("m", name), $"""
            <bpmn:startEvent id="start" />
            {ParallelGateway("fork")}
            {Bpmn.UserTask("edit")}
            {Bpmn.ScriptTask("rename", "=\"NEW-\" + caseNo", "caseNo")}
            <bpmn:endEvent id="editEnd" />
            {ReceiveTask("wait", "m")}
            <bpmn:endEvent id="waitEnd" />
            {Bpmn.Chain("start", "fork", "edit", "rename", "editEnd")}
            {Bpmn.Chain("fork", "wait", "waitEnd")}
            """));
        var key = await h.StartAsync("key_at_activation", new { caseNo = "OLD" });

        await h.CompleteTaskAsync(key, "edit");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("NEW-OLD", instance.Variables.Text("caseNo"));
        Assert.Equal("OLD", (await h.SubscriptionAsync(key, "wait")).CorrelationKey);
        Assert.Empty((await h.PublishAsync(name, "NEW-OLD")).ProcessInstanceKeys);
        Assert.Equal(["wait"], (await h.InstanceAsync(key)).ActiveElementIds);
        Assert.Equal([key], (await h.PublishAsync(name, "OLD")).ProcessInstanceKeys);
        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
    }
}

public sealed class CorrelationKeySqliteTests() : CorrelationKeyTests(DatabaseProvider.Sqlite);
public sealed class CorrelationKeyPostgresTests() : CorrelationKeyTests(DatabaseProvider.Postgres);
