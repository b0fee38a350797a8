using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Behaviors;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>The element instance a processor acts on, its instance, and the behaviours it may use.</summary>
internal readonly record struct BpmnElementContext(BpmnBehaviors Behaviors, InstanceExecution Instance, ElementInstance Element)
{
    public FlowNode Node => Instance.NodeOf(Element);
}
