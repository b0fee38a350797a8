using System.Text.Json.Nodes;
using Bpm.Engine.Runtime.Events;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Deadlines;

internal sealed class StepDeadlines(DeadlineService deadlines) : IStepDeadlines
{
    public string? TimingDeadlineOf(KernelInstance instance, KernelUserTask task) => TaskTimingDeadline.Of(instance.Execution, task.Entity);

    public Task<JsonObject> ExtendAsync(IKernelStep step, KernelInstance instance, string name, int days, string by, string reason) =>
        deadlines.ExtendInStepAsync(KernelStep.ExecutionOf(step), instance.Execution, name, days, by, reason);
}
