using Bpm.Engine.Persistence;
using Bpm.Engine.Runtime;
using Bpm.Engine.Tests.Behaviour.Events;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;
using static Bpm.Engine.Tests.Messaging.MessagingExtensions;

namespace Bpm.Engine.Tests.Messaging;

/// <summary>Publishing is idempotent by message id; correlating is synchronous and never buffers.</summary>
public abstract class MessageIdTests(DatabaseProvider provider)
{
    private static string Model(string processId, string name) => Bpmn.ProcessWith(processId, Message("m", name), $"""
        <bpmn:startEvent id="start" />
        {ReceiveTask("wait", "m")}
        <bpmn:endEvent id="end" />
        {Bpmn.Chain("start", "wait", "end")}
        """);

    [Fact]
    public async Task Second_publish_with_the_same_id_is_a_duplicate_and_correlates_nothing()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var name = Unique("reply");
        await h.DeployAsync(Model("msg_id_dedupe", name));
        var first = await h.StartAsync("msg_id_dedupe", new { caseNo = "D-1" });
        var id = Unique("id");

        var published = await h.PublishAsync(name, "D-1", new { n = 1 }, TimeSpan.FromHours(1), id);
        var second = await h.StartAsync("msg_id_dedupe", new { caseNo = "D-1" });
        var again = await h.PublishAsync(name, "D-1", new { n = 2 }, TimeSpan.FromHours(1), id);

        Assert.Equal([first], published.ProcessInstanceKeys);
        Assert.False(published.Duplicate);
        Assert.Equal((published.MessageKey, true), (again.MessageKey, again.Duplicate));
        Assert.Empty(again.ProcessInstanceKeys);
        Assert.Equal("COMPLETED", (await h.InstanceAsync(first)).State);
        Assert.Equal(["wait"], (await h.InstanceAsync(second)).ActiveElementIds);
        Assert.Single(await h.CorrelationsAsync(published.MessageKey));
    }

    [Fact]
    public async Task Duplicate_id_without_time_to_live_does_not_correlate_to_a_new_waiter()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var name = Unique("reply");
        await h.DeployAsync(Model("msg_id_no_ttl", name));
        var id = Unique("id");

        var published = await h.PublishAsync(name, "D-2", messageId: id);
        var waiting = await h.StartAsync("msg_id_no_ttl", new { caseNo = "D-2" });
        var again = await h.PublishAsync(name, "D-2", messageId: id);

        Assert.Empty(published.ProcessInstanceKeys);
        Assert.Equal((published.MessageKey, true), (again.MessageKey, again.Duplicate));
        Assert.Empty(again.ProcessInstanceKeys);
        Assert.Equal(["wait"], (await h.InstanceAsync(waiting)).ActiveElementIds);
    }

    [Fact]
    public async Task Correlate_returns_the_resumed_instance_or_not_found_and_buffers_nothing()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var name = Unique("reply");
        await h.DeployAsync(Model("msg_correlate", name));
        var key = await h.StartAsync("msg_correlate", new { caseNo = "C-1" });

        Assert.Equal(key, await h.CorrelateAsync(name, "C-1", new { answer = 1 }));
        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);

        await Assert.ThrowsAsync<EngineNotFoundException>(() => h.CorrelateAsync(name, "C-2"));
        var later = await h.StartAsync("msg_correlate", new { caseNo = "C-2" });
        Assert.Equal(["wait"], (await h.InstanceAsync(later)).ActiveElementIds);
    }
}

public sealed class MessageIdSqliteTests() : MessageIdTests(DatabaseProvider.Sqlite);
public sealed class MessageIdPostgresTests() : MessageIdTests(DatabaseProvider.Postgres);
