namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution
{
    /// <summary>Multi-instance bodies and their inner instances (the step still decides that an activity runs as one).</summary>
    public Runtime.Behaviors.MultiInstanceBehavior MultiInstance { get; }
}
