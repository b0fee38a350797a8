using System.Text.Json.Nodes;
using Bpm.Engine.Model;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>One entry of a step's agenda. Work runs breadth first so long chains never deepen the stack.</summary>
internal abstract record WorkItem(InstanceExecution Instance);

/// <summary>A token arrives at a node (via a flow, or as the start of a scope / a triggered event). <see cref="EscalationKey"/>
/// is the escalation the token carries from the event that caught it to the head's decision task.</summary>
internal sealed record ActivateWork(InstanceExecution Instance, FlowNode Node, long ScopeKey, SequenceFlow? Via,
    JsonObject? TriggerVariables = null, int? LoopCounter = null, JsonNode? LoopItem = null, long? EscalationKey = null) : WorkItem(Instance);

/// <summary>Run (or re-run) the activation behaviour of an existing element instance.</summary>
internal sealed record ExecuteWork(InstanceExecution Instance, ElementInstance Element) : WorkItem(Instance);

/// <summary>An element instance finished its work: apply outputs, leave it, take its outgoing flows.</summary>
internal sealed record CompleteWork(InstanceExecution Instance, ElementInstance Element) : WorkItem(Instance);
