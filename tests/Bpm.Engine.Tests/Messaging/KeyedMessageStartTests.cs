using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Behaviour.Events;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;
using static Bpm.Engine.Tests.Messaging.MessagingExtensions;

namespace Bpm.Engine.Tests.Messaging;

/// <summary>A message start event with a correlation key starts at most one active instance per key.</summary>
public abstract class KeyedMessageStartTests(DatabaseProvider provider)
{
    private static string Model(string processId, string name) => Bpmn.ProcessWith(processId, Message("m", name), $"""
        {MessageStart("start", "m", interrupting: true)}
        {Bpmn.UserTask("handle")}
        <bpmn:endEvent id="end" />
        {Bpmn.Chain("start", "handle", "end")}
        """);

    [Fact]
    public async Task Same_key_starts_one_active_instance_and_another_after_it_completed()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var name = Unique("complaint");
        await h.DeployAsync(Model("keyed_start_same", name));

        var first = await h.PublishAsync(name, "K-1", new { n = 1 });
        var second = await h.PublishAsync(name, "K-1", new { n = 2 });

        var key = Assert.Single(first.ProcessInstanceKeys);
        Assert.Empty(second.ProcessInstanceKeys);
        Assert.Single(await h.InstancesOfAsync("keyed_start_same"));

        await h.CompleteTaskAsync(key, "handle");
        var third = await h.PublishAsync(name, "K-1", new { n = 3 });

        var next = Assert.Single(third.ProcessInstanceKeys);
        Assert.NotEqual(key, next);
        var instance = await h.InstanceAsync(next);
        Assert.Equal(("ACTIVE", "K-1", 3m), (instance.State, instance.BusinessKey, instance.Variables.Number("n")));
    }

    [Fact]
    public async Task Different_keys_start_separate_instances()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var name = Unique("complaint");
        await h.DeployAsync(Model("keyed_start_different", name));

        var a = Assert.Single((await h.PublishAsync(name, "K-A")).ProcessInstanceKeys);
        var b = Assert.Single((await h.PublishAsync(name, "K-B")).ProcessInstanceKeys);

        Assert.NotEqual(a, b);
        Assert.Equal(["K-A", "K-B"], (await h.InstancesOfAsync("keyed_start_different")).Select(i => i.BusinessKey));
    }

    [Fact]
    public async Task Concurrent_publishes_with_one_key_start_exactly_one_instance()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var name = Unique("complaint");
        await h.DeployAsync(Model("keyed_start_concurrent", name));

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            Task.Run(() => h.PublishAsync(name, "K-C", new { n = i }, messageId: Unique("id")))));

        var started = results.SelectMany(r => r.ProcessInstanceKeys).ToList();
        var instances = await h.InstancesOfAsync("keyed_start_concurrent");
        Assert.Equal(started, instances.Select(i => i.Key));
        Assert.Single(instances);
        Assert.Equal(Bpm.Engine.Persistence.States.ProcessInstanceState.Active, instances[0].State);
    }
}

public sealed class KeyedMessageStartSqliteTests() : KeyedMessageStartTests(DatabaseProvider.Sqlite);
public sealed class KeyedMessageStartPostgresTests() : KeyedMessageStartTests(DatabaseProvider.Postgres);
