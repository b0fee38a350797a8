using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Events;

/// <summary>An element instance completed and left its scope (its COMPLETED history is recorded); its outgoing flows are
/// taken after the modules ran.</summary>
public sealed class ElementCompleted : ElementEvent
{
    internal ElementCompleted(InstanceExecution instance, ElementInstance element, FlowNode node) : base(instance, element, node) { }
}
