using Bpm.Engine.Expressions;

namespace Bpm.Engine.Model;

/// <summary>What makes an embedded sub-process ad hoc (bpmn:adHocSubProcess): its inner elements have no start event and
/// run in any order, as needed; which of them start and when the sub-process may end are its own.</summary>
public sealed class AdHocDefinition
{
    /// <summary>zeebe:adHoc activeElementsCollection: a FEEL list of the ids of the inner elements to activate. Null
    /// activates every inner element without incoming flows.</summary>
    public FeelExpression? ActiveElements { get; init; }

    /// <summary>bpmn:completionCondition: once true the sub-process may complete; null means "when nothing is left inside".</summary>
    public FeelExpression? CompletionCondition { get; init; }

    /// <summary>cancelRemainingInstances (BPMN default true): a condition that holds terminates what is still active inside.</summary>
    public bool CancelRemainingInstances { get; init; } = true;
}
