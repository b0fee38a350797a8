using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Throwing events: errors and escalations find their catcher outwards, links jump within the scope.</summary>
internal interface IEventTriggerBehavior
{
    /// <summary>False when nobody catches the error (the caller turns that into an incident).</summary>
    Task<bool> ThrowErrorAsync(InstanceExecution instance, ElementInstance thrower, string? code, System.Text.Json.Nodes.JsonObject? variables);

    /// <summary>False when nobody catches the escalation (which is not a failure).</summary>
    Task<bool> ThrowEscalationAsync(InstanceExecution instance, ElementInstance thrower, string? code);

    Task ThrowLinkAsync(InstanceExecution instance, ElementInstance element, IntermediateThrowEvent node);
}
