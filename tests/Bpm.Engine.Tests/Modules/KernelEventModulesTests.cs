using System.Text.Json.Nodes;
using Bpm.Engine.Deadlines;
using Bpm.Engine.Modules.Deadlines;
using Bpm.Engine.Persistence;
using Bpm.Engine.Runtime.Events;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Modules;

/// <summary>Domain modules on typed kernel events (issue 13, item 2): a module hears each element complete and the instance
/// end inside the step; deadlines close when an instance ends only because the deadline module is registered.</summary>
public abstract class KernelEventModulesTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_module_hears_each_element_complete_and_the_instance_end_or_termination()
    {
        var recorder = new RecordingModule();
        await using var h = await EngineHarness.StartAsync(provider, s => s.AddSingleton<IKernelModule>(recorder));
        var processId = await DeployAsync(h);

        var completed = await h.StartAsync(processId);
        await h.CompleteTaskAsync(completed, "work");
        var terminated = await h.StartAsync(processId);
        await h.Engine.CancelProcessInstanceAsync(terminated, CancellationToken.None);

        Assert.Equal(["activated start", "completed start", "activated work", "completed work", "activated end", "completed end", "ended"],
            recorder.Heard(completed));
        Assert.Equal(["activated start", "completed start", "activated work", "terminated"], recorder.Heard(terminated));
    }

    [Fact]
    public async Task An_element_whose_activation_opens_an_incident_is_not_announced_as_activated_not_even_when_the_re_run_fails_again()
    {
        var recorder = new RecordingModule();
        await using var h = await EngineHarness.StartAsync(provider, s => s.AddSingleton<IKernelModule>(recorder));
        var processId = "modules_" + Guid.NewGuid().ToString("N")[..12];
        await h.DeployAsync(Bpmn.Process(processId, $"""
            <bpmn:startEvent id="start" />
            <bpmn:scriptTask id="broken"><bpmn:extensionElements><zeebe:script expression="=frobnicate(a)" resultVariable="out" /></bpmn:extensionElements></bpmn:scriptTask>
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "broken", "end")}
            """));

        var key = await h.StartAsync(processId, new { a = 1 });
        var incident = Assert.Single(await h.Queries.ListIncidentsAsync(key, "ACTIVE", CancellationToken.None));
        await h.Engine.ResolveIncidentAsync(long.Parse(incident.IncidentKey), CancellationToken.None);

        Assert.Equal(2, (await h.Queries.ListIncidentsAsync(key, null, CancellationToken.None)).Count);
        Assert.Equal(["activated start", "completed start"], recorder.Heard(key));
    }

    [Fact]
    public async Task An_ended_instance_closes_its_deadlines_through_the_deadline_module_and_not_without_it()
    {
        await using (var h = await EngineHarness.StartAsync(provider))
            Assert.Equal(DeadlineStates.Closed, await DeadlineStateAfterEndAsync(h));
        await using (var h = await EngineHarness.StartAsync(provider, WithoutDeadlineModule))
            Assert.Equal("RUNNING", await DeadlineStateAfterEndAsync(h));
    }

    private static void WithoutDeadlineModule(IServiceCollection services)
    {
        foreach (var module in services.Where(d => d.ImplementationType == typeof(DeadlineModule)).ToList()) services.Remove(module);
    }

    private static async Task<string?> DeadlineStateAfterEndAsync(EngineHarness h)
    {
        var processId = await DeployAsync(h);
        var deadlines = new JsonObject
        {
            ["review"] = new JsonObject { ["state"] = "RUNNING", ["due"] = DeadlineDocument.Format(h.Clock.GetUtcNow().AddDays(10)) },
        };
        var key = await h.StartAsync(processId, new { deadlines });
        await h.CompleteTaskAsync(key, "work");
        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        return instance.Variables["deadlines"]?["review"]?["state"]?.GetValue<string>();
    }

    /// <summary>start → user task <c>work</c> → end, under a fresh process id.</summary>
    internal static async Task<string> DeployAsync(EngineHarness h)
    {
        var processId = "modules_" + Guid.NewGuid().ToString("N")[..12];
        await h.DeployAsync(Bpmn.Process(processId, $"""
            <bpmn:startEvent id="start" />
            {Bpmn.UserTask("work")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "work", "end")}
            """));
        return processId;
    }
}

public sealed class KernelEventModulesSqliteTests() : KernelEventModulesTests(DatabaseProvider.Sqlite);
public sealed class KernelEventModulesPostgresTests() : KernelEventModulesTests(DatabaseProvider.Postgres);
