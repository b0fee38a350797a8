using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>What an element does once it is active: complete at once, wait (a bookmark), or start inner work.</summary>
internal interface IElementBehavior
{
    Task ExecuteAsync(StepExecution step, InstanceExecution instance, ElementInstance element);
}
