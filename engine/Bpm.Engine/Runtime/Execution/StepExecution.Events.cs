using Bpm.Engine.Runtime.Events;

namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution
{
    private KernelStep? _kernelStep;

    /// <summary>Passes a kernel event through the modules' pipeline inside this step: the modules of the public API
    /// (<see cref="IKernelModule"/>, the engine's own among them) in the order they were added, each passing it on with
    /// <c>next</c>.</summary>
    public Task PublishAsync(KernelEvent @event) => PassToModuleAsync(@event, 0);

    private Task PassToModuleAsync(KernelEvent @event, int index) =>
        index < Context.Modules.Count
            ? Context.Modules[index].HandleAsync(_kernelStep ??= new KernelStep(this), @event, () => PassToModuleAsync(@event, index + 1))
            : Task.CompletedTask;
}
