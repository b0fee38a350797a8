using Bpm.Engine.Activities;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Events;

/// <summary>A custom activity's result was applied to its element (logs recorded, variables set); the element completes
/// after the modules ran, so a module that fails raises an incident on the element instead.</summary>
public sealed class ActivityResultApplied : KernelEvent
{
    private readonly InstanceExecution _instance;
    private readonly ElementInstance _element;
    private KernelInstance? _instanceView;
    private KernelElement? _elementView;

    internal ActivityResultApplied(InstanceExecution instance, ElementInstance element, ActivityResult result) =>
        (_instance, _element, Result) = (instance, element, result);

    // Made when a module first reads them (see ElementEvent).
    public KernelInstance Instance => _instanceView ??= new(_instance);
    public KernelElement Element => _elementView ??= new(_element);
    public ActivityResult Result { get; }
}
