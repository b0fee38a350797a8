using System.Text.Json.Nodes;
using Bpm.Engine.Runtime.Events;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Tests.Modules.PublicApi;

/// <summary>A module written against the public module API that uses the step's operations: on a task <c>work</c> it
/// evaluates <c>=amount * 2</c> in the task's scope into the variable <c>doubled</c>, records a history entry and a task
/// event; on a task <c>broken</c> it raises an incident; it writes down each task the kernel marks overdue.</summary>
public sealed class StepOperationsModule : IKernelModule
{
    public const string IncidentMessage = "模块无法处理该任务";

    private readonly List<string> _overdue = [];

    public IReadOnlyList<string> Overdue
    {
        get
        {
            lock (_overdue) return [.. _overdue];
        }
    }

    public async Task HandleAsync(IKernelStep step, KernelEvent @event, Func<Task> next)
    {
        switch (@event)
        {
            case UserTaskCreated { Task.ElementId: "work" } created:
                var doubled = step.Evaluate("=amount * 2", created.Instance, created.Element.Key, "模块的计算");
                step.SetLocal(created.Instance, created.Instance.Key, "doubled", doubled);
                step.RecordHistory(created.Instance, "MODULE_NOTED", created.Task.ElementId, "userTask", created.Element.Key,
                    name: "module", value: new JsonObject { ["doubled"] = doubled?.DeepClone() });
                step.RecordTaskEvent(created.Instance, created.Task, "NOTED", "module", new JsonObject { ["note"] = "已登记" });
                break;
            case UserTaskCreated { Task.ElementId: "broken" }:
                throw new IncidentException(IncidentTypes.ExtractValue, IncidentMessage);
            case UserTaskOverdue overdue:
                lock (_overdue) _overdue.Add($"{overdue.Task.Key} {overdue.DueDate.ToUnixTimeSeconds()}");
                break;
        }
        await next();
    }
}
