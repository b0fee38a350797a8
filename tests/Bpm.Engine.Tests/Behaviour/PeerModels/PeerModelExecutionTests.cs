using Bpm.Engine.Deployment;
using Bpm.Engine.Persistence;
using Bpm.Engine.Runtime.Commands;
using Bpm.Engine.Tests.Behaviour.Events;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Bpm.Engine.Tests.Parsing;
using PeerModelFiles = Bpm.Engine.Tests.Parsing.PeerModels;

namespace Bpm.Engine.Tests.Behaviour.PeerModels;

// Both classes deploy the same peer files (process ids such as Process_1) to the shared database of a provider; run on
// their own, the two variants of each would deploy one id at the same time and race for its version number.
/// <summary>Every peer-model file in bpmn-elements/ that parses cleanly is deployed and driven to the end state its BPMN
/// semantics give it (see <see cref="PeerModelScenarios"/>).</summary>
[Collection("peer models on the shared databases")]
public abstract class PeerModelExecutionTests(DatabaseProvider provider)
{
    public static TheoryData<string> Scenarios() => new(PeerModelScenarios.All.Select(scenario => scenario.Name));

    [PeerModelTheory, MemberData(nameof(Scenarios))]
    public async Task Peer_model_runs_to_its_BPMN_end_state(string scenarioName)
    {
        var scenario = PeerModelScenarios.Named(scenarioName);
        await using var h = await EngineHarness.StartAsync(provider);
        var content = PeerModelFiles.Read($"{PeerModelScenarios.Folder}/{scenario.File}");
        var deployed = await h.Engine.DeployAsync([new DeploymentResource(scenario.File, content)], CancellationToken.None);
        var process = deployed.Processes.Single(p => p.BpmnProcessId == scenario.ProcessId);
        var started = await h.Engine.StartProcessInstanceAsync(
            new StartProcessInstanceCommand(scenario.ProcessId, process.Version), CancellationToken.None);
        var key = long.Parse(started.ProcessInstanceKey);

        foreach (var step in scenario.Steps)
            await RunAsync(h, key, step);

        var instance = await h.InstanceAsync(key);
        Assert.Equal(scenario.ExpectedState, instance.State);
        Assert.Empty(instance.Incidents);
        Assert.Equal(scenario.ExpectedCompleted, await h.CompletedElementsAsync(key));
        if (scenario.ExpectedState == "COMPLETED")
        {
            Assert.Empty(instance.ActiveElementIds);
            Assert.Empty(await h.OpenTasksAsync(key));
            Assert.Empty(await h.SubscriptionsAsync(key));
        }
    }

    /// <summary>Runs one step; a timer is only fired once the clock has reached its due time.</summary>
    private static async Task RunAsync(EngineHarness h, long key, PeerModelStep step)
    {
        if (step.Kind == PeerModelStepKind.CompleteTask)
        {
            await h.CompleteTaskAsync(key, step.ElementId);
            return;
        }
        var subscription = await h.SubscriptionAsync(key, step.ElementId);
        if (subscription.DueAt is { } due && due > h.Clock.GetUtcNow()) h.Clock.Advance(due - h.Clock.GetUtcNow());
        await h.TriggerAsync(key, step.ElementId);
    }

    /// <summary>The tests of this class that do not run on each database: they run once.</summary>
    public sealed class WithoutDatabase
    {
        [PeerModelFact]
        public void Every_cleanly_parsing_file_has_a_scenario_for_each_executable_process()
        {
            var expected = new List<string>();
            foreach (var path in PeerModelFiles.RelativePaths().Where(p => p.StartsWith(PeerModelScenarios.Folder + "/", StringComparison.Ordinal)))
            {
                var result = BpmnText.Parser().Parse(path, PeerModelFiles.Read(path));
                if (!result.IsValid) continue;
                var file = path[(PeerModelScenarios.Folder.Length + 1)..];
                expected.AddRange(result.ExecutableProcesses.Select(p => $"{file}#{p.Id}"));
            }
            Assert.Equal(expected.Order(StringComparer.Ordinal), PeerModelScenarios.All.Select(s => s.Name).Order(StringComparer.Ordinal));
        }
    }
}

public sealed class PeerModelExecutionSqliteTests() : PeerModelExecutionTests(DatabaseProvider.Sqlite);
public sealed class PeerModelExecutionPostgresTests() : PeerModelExecutionTests(DatabaseProvider.Postgres);
