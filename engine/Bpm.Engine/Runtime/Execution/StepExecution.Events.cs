using Bpm.Engine.Runtime.Events;

namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution
{
    private ModulePipeline? _modules;
    private KernelStep? _moduleView;

    /// <summary>This step as modules see it (<see cref="IKernelStep"/>): one per step, for the pipeline and the kernel's
    /// own services that reach a module's code from a command.</summary>
    public KernelStep ModuleView => _moduleView ??= new KernelStep(this);

    /// <summary>Passes a kernel event through the modules' pipeline inside this step: the modules of the public API
    /// (<see cref="IKernelModule"/>, the engine's own among them) in the order they were added, each passing it on with
    /// <c>next</c>.</summary>
    public Task PublishAsync(KernelEvent @event) =>
        Context.Modules.Count == 0 ? Task.CompletedTask
            : (_modules ??= new ModulePipeline(Context.Modules, ModuleView)).PublishAsync(@event);
}
