using Bpm.Engine.Messaging;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Behaviour.Events;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;

namespace Bpm.Engine.Tests.Messaging;

public abstract class MessageSmokeTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Published_message_resumes_the_waiting_instance_and_a_buffered_one_resumes_a_later_instance()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var messages = h.Services.GetRequiredService<IMessageCorrelator>();
        await h.DeployAsync(Bpmn.ProcessWith("smoke", Message("m", "reply", "=caseNo"), $"""
            <bpmn:startEvent id="start" />
            {ReceiveTask("wait", "m")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "wait", "end")}
            """));
        var first = await h.StartAsync("smoke", new { caseNo = "C-1" });
        var published = await messages.PublishAsync(new PublishMessageCommand("reply", "C-1", new() { ["answer"] = 1 }), CancellationToken.None);
        Assert.Equal([first], published.ProcessInstanceKeys);
        Assert.Equal("COMPLETED", (await h.InstanceAsync(first)).State);

        var buffered = await messages.PublishAsync(new PublishMessageCommand("reply", "C-2", new() { ["answer"] = 2 }, TimeSpan.FromHours(1)), CancellationToken.None);
        Assert.Empty(buffered.ProcessInstanceKeys);
        var second = await h.StartAsync("smoke", new { caseNo = "C-2" });
        var instance = await h.InstanceAsync(second);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(2m, instance.Variables.Number("answer"));
    }
}

public sealed class MessageSmokeSqliteTests() : MessageSmokeTests(DatabaseProvider.Sqlite);
public sealed class MessageSmokePostgresTests() : MessageSmokeTests(DatabaseProvider.Postgres);
