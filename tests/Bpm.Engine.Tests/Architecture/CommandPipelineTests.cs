using Bpm.Engine.Persistence;
using Bpm.Engine.Records;
using Bpm.Engine.Runtime;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using RepositoryRoot = Bpm.Engine.Tests.Infrastructure.RepositoryRoot;

namespace Bpm.Engine.Tests.Architecture;

/// <summary>An ended case is read-only (docs/records.md) through one check: a command runs in a step that refuses every
/// ended instance it loads (<c>ProcessEngine.RunCommandAsync</c>), so a command kind added later cannot skip it.</summary>
public abstract class CommandPipelineTests(DatabaseProvider provider)
{
    /// <summary>Files whose steps are the engine's own work on instances that may have ended (jobs, timers, messages, sweeps),
    /// not commands on a case. Everything else runs its steps through <c>RunCommandAsync</c>.</summary>
    private static readonly string[] EngineWork =
    [
        "Runtime/ProcessEngine.cs", "Runtime/ProcessEngine.Messages.cs", "UserTasks/OpenTaskSweep.cs",
    ];

    [Fact]
    public async Task Any_command_that_loads_an_ended_case_is_refused_before_its_body_goes_on_and_writes_nothing()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var processId = await Modules.KernelEventModulesTests.DeployAsync(h);
        var completed = await h.StartAsync(processId);
        await h.CompleteTaskAsync(completed, "work");
        var cancelled = await h.StartAsync(processId);
        await h.Engine.CancelProcessInstanceAsync(cancelled, CancellationToken.None);
        var engine = (ProcessEngine)h.Engine;

        foreach (var key in new[] { completed, cancelled })
        {
            var before = (await h.HistoryAsync(key)).Count;
            var wentOn = false;
            // A command kind nobody wrote a check for: it only loads the case and records something.
            var refused = await Assert.ThrowsAsync<CaseArchivedException>(() => engine.RunCommandAsync(requireCallerMaySee: null, async step =>
            {
                var instance = await step.LoadAsync(key);
                wentOn = true;
                step.Record(instance, "NOTE", null, null, null, name: "anyone");
                return true;
            }, CancellationToken.None));

            Assert.Equal(key, refused.ProcessInstanceKey);
            Assert.False(wentOn);
            Assert.Equal(before, (await h.HistoryAsync(key)).Count);
        }
        // The engine's own work still reads an ended instance (e.g. a message dispatch retry).
        Assert.True(await engine.RunStepAsync(async step => !(await step.LoadAsync(completed)).IsActive, CancellationToken.None));
    }

    /// <summary>The tests of this class that do not run on each database: they run once.</summary>
    public sealed class WithoutDatabase
    {
        [Fact]
        public void Only_the_engines_own_work_runs_a_step_that_is_not_a_command()
        {
            var engine = Path.Combine(RepositoryRoot.Path, "engine", "Bpm.Engine");
            var offences = Directory.EnumerateFiles(engine, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Select(f => Path.GetRelativePath(engine, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(f => !EngineWork.Contains(f) && File.ReadAllText(Path.Combine(engine, f)).Contains("RunStepAsync(", StringComparison.Ordinal))
                .ToList();
            Assert.Empty(offences);
        }
    }
}

public sealed class CommandPipelineSqliteTests() : CommandPipelineTests(DatabaseProvider.Sqlite);
public sealed class CommandPipelinePostgresTests() : CommandPipelineTests(DatabaseProvider.Postgres);
