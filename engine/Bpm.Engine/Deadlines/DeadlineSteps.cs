using System.Text.Json.Nodes;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Events;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Deadlines;

/// <summary>Named deadlines (the process variable <c>deadlines</c>) inside the deadline commands' step: finding one, and
/// applying a changed one (<see cref="DeadlineFollowing"/>: what depends on it follows).</summary>
internal static class DeadlineSteps
{
    /// <summary>A detached copy of the process variable <c>deadlines</c> and the member <paramref name="name"/> inside it.</summary>
    public static (JsonObject All, JsonObject Deadline) FindDeadline(InstanceExecution instance, string name)
    {
        if (instance.State.Variables?[DeadlineDocument.VariableName] is JsonObject all && all[name] is JsonObject)
        {
            var copy = all.DeepClone().AsObject();
            return (copy, copy[name]!.AsObject());
        }
        throw new EngineNotFoundException($"流程实例 {instance.Key} 没有期限「{name}」");
    }

    /// <summary>The deadline commands' form of <see cref="DeadlineFollowing.ApplyDeadlineAsync"/>, inside their step.</summary>
    public static Task ApplyDeadlineAsync(this StepExecution step, InstanceExecution instance, JsonObject all, string name) =>
        step.ModuleView.ApplyDeadlineAsync(new KernelInstance(instance), all, name);
}
