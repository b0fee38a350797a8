using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Events;

/// <summary>An element instance's activation succeeded: its input mappings, boundary subscriptions and its processor's
/// <c>ActivateAsync</c> ran without an incident (it may wait, or have asked to complete). Published once per element
/// instance: an activation that fails opens an incident and publishes nothing; the re-run after the incident is resolved
/// publishes when it succeeds.</summary>
public sealed class ElementActivated : ElementEvent
{
    internal ElementActivated(InstanceExecution instance, ElementInstance element, FlowNode node) : base(instance, element, node) { }
}
