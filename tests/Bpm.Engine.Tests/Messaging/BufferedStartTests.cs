using Bpm.Engine.Messaging;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;

namespace Bpm.Engine.Tests.Messaging;

public abstract class BufferedStartTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Buffered_messages_resume_instances_started_concurrently_afterwards()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var messages = h.Services.GetRequiredService<IMessageCorrelator>();
        await h.DeployAsync(Bpmn.ProcessWith("buffered_start", Message("m", "buffered.reply", "=caseNo"), $"""
            <bpmn:startEvent id="start" />
            {ReceiveTask("wait", "m")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "wait", "end")}
            """));
        for (var i = 0; i < 20; i++)
            await messages.PublishAsync(new PublishMessageCommand("buffered.reply", "B-" + i, new() { ["n"] = i }, TimeSpan.FromHours(1)), CancellationToken.None);

        var keys = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => h.StartAsync("buffered_start", new { caseNo = "B-" + i }))));

        foreach (var (key, i) in keys.Select((k, i) => (k, i)))
        {
            var instance = await h.InstanceAsync(key);
            Assert.Equal("COMPLETED", instance.State);
            Assert.Equal(i, instance.Variables["n"]!.GetValue<int>());
        }
    }
}

public sealed class BufferedStartSqliteTests() : BufferedStartTests(DatabaseProvider.Sqlite);
public sealed class BufferedStartPostgresTests() : BufferedStartTests(DatabaseProvider.Postgres);
