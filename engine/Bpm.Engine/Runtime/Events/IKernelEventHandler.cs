using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Runtime.Events;

/// <summary>A handler inside the engine assembly that acts on kernel events with the whole step. Handlers run in registration
/// order, before the public API's <see cref="IKernelModule"/>s; each ignores the events it does not know. New modules use
/// <see cref="IKernelModule"/>.</summary>
internal interface IKernelEventHandler
{
    Task HandleAsync(StepExecution step, KernelEvent @event);
}
