using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Runtime.Events;

/// <summary>A domain module: acts on kernel events inside the step that raised them, through the step's changes. Handlers run
/// in registration order; each ignores the events it does not know.</summary>
internal interface IKernelEventHandler
{
    Task HandleAsync(StepExecution step, KernelEvent @event);
}
