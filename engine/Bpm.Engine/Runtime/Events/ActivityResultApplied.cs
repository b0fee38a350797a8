using Bpm.Engine.Activities;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Events;

/// <summary>A custom activity's result was applied to its element (logs recorded, variables set); the element completes
/// after the modules ran, so a module that fails raises an incident on the element instead.</summary>
public sealed class ActivityResultApplied : KernelEvent
{
    internal ActivityResultApplied(InstanceExecution instance, ElementInstance element, ActivityResult result) =>
        (Instance, Element, Result) = (new(instance), new(element), result);

    public KernelInstance Instance { get; }
    public KernelElement Element { get; }
    public ActivityResult Result { get; }
}
