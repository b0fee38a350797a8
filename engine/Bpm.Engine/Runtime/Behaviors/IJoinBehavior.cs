using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Tokens waiting at a join, per scope and incoming flow. They are kept in the instance's state, so a join that
/// waits survives the commit; the join's processor decides when it fires.</summary>
internal interface IJoinBehavior
{
    void AddToken(InstanceExecution instance, long scopeKey, FlowNode join, SequenceFlow via);

    /// <summary>The tokens waiting at the join in the scope, by incoming flow id.</summary>
    IReadOnlyDictionary<string, int> TokensAt(InstanceExecution instance, long scopeKey, FlowNode join);

    /// <summary>Whether an element instance in the scope, or a token waiting at another join there, can still reach the join.</summary>
    bool CanStillBeReached(InstanceExecution instance, long scopeKey, FlowNode join);

    /// <summary>Consumes one token from each of the flows and activates the join.</summary>
    void Fire(InstanceExecution instance, long scopeKey, FlowNode join, IReadOnlyList<string> flowIds);

    /// <summary>Asks the joins of the scope again once nothing is in flight there (<c>OnScopeSettled</c>).</summary>
    void SettleLater(InstanceExecution instance, long scopeKey);
}
