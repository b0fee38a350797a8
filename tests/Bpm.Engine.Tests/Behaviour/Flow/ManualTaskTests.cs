using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Flow.FlowXml;

namespace Bpm.Engine.Tests.Behaviour.Flow;

/// <summary>bpmn:manualTask: work done outside the engine, so (as in Zeebe and Camunda) it completes as soon as it is
/// activated, with its input and output mappings applied and its history recorded under its own element type.</summary>
public abstract class ManualTaskTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_manual_task_deploys_and_completes_on_activation_with_its_mappings()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var deployment = await h.DeployAsync(Bpmn.Process("manual_hand_over", $"""
            {Start()}
            <bpmn:manualTask id="hand_over" name="当面送达"><bpmn:extensionElements>{Io(Input("=copies * 2", "pages"), Output("=pages + 1", "delivered"))}</bpmn:extensionElements></bpmn:manualTask>
            {End()}
            {Bpmn.Chain("start", "hand_over", "end")}
            """));
        Assert.Single(deployment.Processes);

        var key = await h.StartAsync("manual_hand_over", new { copies = 3 });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(7m, instance.Variables.Number("delivered"));
        Assert.False(instance.Variables.ContainsKey("pages"));
        Assert.Equal(["start", "hand_over", "end"], await h.CompletedElementsAsync(key));
        var history = await h.HistoryAsync(key);
        Assert.Contains(history, e => e is { ElementId: "hand_over", Event: "ACTIVATED", ElementType: "manualTask" });
        Assert.Contains(history, e => e is { ElementId: "hand_over", Event: "COMPLETED", ElementType: "manualTask" });
    }
}

public sealed class ManualTaskSqliteTests() : ManualTaskTests(DatabaseProvider.Sqlite);
public sealed class ManualTaskPostgresTests() : ManualTaskTests(DatabaseProvider.Postgres);
