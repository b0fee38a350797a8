using System.Text.Json.Nodes;
using Bpm.Engine.Hosting;
using Bpm.Engine.Persistence;
using Bpm.Engine.Runtime.Events;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;

namespace Bpm.Engine.Tests.Modules.PublicApi;

/// <summary><see cref="IKernelStep.RetimeDependentsAsync"/> from a module outside the engine (docs/adr/0007): after the
/// module changed a variable, the open tasks whose due date depends on it are due again at the new value, and no other.</summary>
public abstract class RetimeDependentsTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_module_re_times_the_open_tasks_whose_due_date_depends_on_a_value_it_changed_and_no_other()
    {
        await using var h = await EngineHarness.StartAsync(provider, services => services.AddKernelModule<MovesReviewDate>());
        var processId = "modules_" + Guid.NewGuid().ToString("N")[..12];
        await h.DeployAsync(Bpmn.Process(processId, $"""
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="fork" />
            {Bpmn.UserTask("first")}
            {Bpmn.UserTask("review", "<zeebe:taskSchedule dueDate=\"=reviewBy\" />")}
            {Bpmn.UserTask("other", "<zeebe:taskSchedule dueDate=\"=otherBy\" />")}
            <bpmn:endEvent id="end1" /><bpmn:endEvent id="end2" /><bpmn:endEvent id="end3" />
            {Bpmn.Flow("f1", "start", "fork")}{Bpmn.Flow("f2", "fork", "first")}{Bpmn.Flow("f3", "fork", "review")}{Bpmn.Flow("f4", "fork", "other")}
            {Bpmn.Flow("f5", "first", "end1")}{Bpmn.Flow("f6", "review", "end2")}{Bpmn.Flow("f7", "other", "end3")}
            """));
        var reviewBy = DateTimeOffset.Parse("2027-01-10T17:00:00+08:00");
        var otherBy = DateTimeOffset.Parse("2027-01-20T17:00:00+08:00");
        var movedTo = DateTimeOffset.Parse("2027-02-01T17:00:00+08:00");
        var key = await h.StartAsync(processId, new { reviewBy = reviewBy.ToString("O"), otherBy = otherBy.ToString("O") });

        await h.CompleteTaskAsync(key, "first", new { moveReviewTo = movedTo.ToString("O") });

        var open = (await h.OpenTasksAsync(key)).ToDictionary(t => t.ElementId, t => t.DueDate);
        Assert.Equal(movedTo, open["review"]);
        Assert.Equal(otherBy, open["other"]);
    }

    /// <summary>Moves the process variable <c>reviewBy</c> to the value a completed task submitted as <c>moveReviewTo</c>.</summary>
    private sealed class MovesReviewDate : IKernelModule
    {
        public async Task HandleAsync(IKernelStep step, KernelEvent @event, Func<Task> next)
        {
            if (@event is UserTaskEnded { Variables: { } variables } ended && variables["moveReviewTo"] is JsonValue movedTo)
            {
                var instance = await step.LoadInstanceAsync(ended.Task.ProcessInstanceKey);
                step.SetLocal(instance, instance.Key, "reviewBy", movedTo.DeepClone());
                await step.RetimeDependentsAsync(instance, source => source.Contains("reviewBy", StringComparison.Ordinal), holdTimers: false, "复核日期");
            }
            await next();
        }
    }
}

public sealed class RetimeDependentsSqliteTests() : RetimeDependentsTests(DatabaseProvider.Sqlite);
public sealed class RetimeDependentsPostgresTests() : RetimeDependentsTests(DatabaseProvider.Postgres);
