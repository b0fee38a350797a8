using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Creates the task record and waits until it is completed through the API.</summary>
internal sealed class UserTaskBehavior : IElementBehavior
{
    public Task ExecuteAsync(StepExecution step, InstanceExecution instance, ElementInstance element) =>
        step.CreateUserTaskAsync(instance, element, (TaskNode)instance.NodeOf(element));
}
