using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Behaviors;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>A token at a node that has no element instance yet (it arrives at a join, or waits there), with the scope it
/// is in and the behaviours the processor may use.</summary>
internal readonly record struct BpmnTokenContext(BpmnBehaviors Behaviors, InstanceExecution Instance, FlowNode Node, long ScopeKey);
