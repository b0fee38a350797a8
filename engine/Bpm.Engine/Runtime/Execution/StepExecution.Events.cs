using Bpm.Engine.Runtime.Events;

namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution
{
    /// <summary>Passes a kernel event through the modules' pipeline, in registration order, inside this step.</summary>
    public async Task PublishAsync(KernelEvent @event)
    {
        foreach (var handler in Context.EventHandlers) await handler.HandleAsync(this, @event);
    }
}
