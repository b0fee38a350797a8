using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Bookmarks: message and timer subscriptions an element waits on.</summary>
internal interface ISubscriptionBehavior
{
    /// <summary>Opens the bookmark of a message or timer event for the waiting element (null while a module holds the timer, see <see cref="Events.ITimerHold"/>).</summary>
    SubscriptionEntity? OpenSubscription(InstanceExecution instance, ElementInstance element, FlowNode eventNode, EventDefinition definition, bool interrupting);
}
