using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Evaluating a deployed DMN decision in the step.</summary>
internal interface IDecisionBehavior
{
    /// <summary>Evaluates the latest version of the task's zeebe:calledDecision with the variables visible from the element,
    /// records the evaluation (inputs, matched rules, outputs) in the history and sets resultVariable. A missing decision, a
    /// violated hit policy or a failing cell is an incident naming it.</summary>
    Task EvaluateCalledDecisionAsync(InstanceExecution instance, ElementInstance element, TaskNode node);
}
