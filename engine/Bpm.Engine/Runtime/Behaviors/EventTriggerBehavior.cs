using System.Text.Json.Nodes;
using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Throwing events for the processors; the propagation outwards is still the step's (<c>StepExecution.Errors.cs</c>).</summary>
internal sealed class EventTriggerBehavior(StepExecution step) : IEventTriggerBehavior
{
    public Task<bool> ThrowErrorAsync(InstanceExecution instance, ElementInstance thrower, string? code, JsonObject? variables) =>
        step.ThrowErrorAsync(instance, thrower, code, variables);

    public Task<bool> ThrowEscalationAsync(InstanceExecution instance, ElementInstance thrower, string? code) =>
        step.ThrowEscalationAsync(instance, thrower, code);

    public Task ThrowLinkAsync(InstanceExecution instance, ElementInstance element, IntermediateThrowEvent node) =>
        step.ThrowLinkAsync(instance, element, node);
}
