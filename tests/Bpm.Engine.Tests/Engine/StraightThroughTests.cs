using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Infrastructure;

namespace Bpm.Engine.Tests.Engine;

public abstract class StraightThroughTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Start_to_end_with_a_script_task_completes_and_records_history_in_order()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("straight", $"""
            <bpmn:startEvent id="start" />
            {Bpmn.ScriptTask("double", "=amount * 2", "doubled")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "double", "end")}
            """));

        var key = await h.StartAsync("straight", new { amount = 21 });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(42m, instance.Variables["doubled"]!.GetValue<decimal>());
        Assert.Equal(["start", "double", "end"], await h.CompletedElementsAsync(key));
        var history = await h.HistoryAsync(key);
        Assert.Equal("ACTIVATED", history[0].Event);
        Assert.Equal("process", history[0].ElementType);
        Assert.Equal("COMPLETED", history[^1].Event);
        Assert.Equal("process", history[^1].ElementType);
    }
}

public sealed class StraightThroughSqliteTests() : StraightThroughTests(DatabaseProvider.Sqlite);
public sealed class StraightThroughPostgresTests() : StraightThroughTests(DatabaseProvider.Postgres);
