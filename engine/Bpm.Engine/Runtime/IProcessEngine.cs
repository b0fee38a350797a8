using System.Text.Json.Nodes;
using Bpm.Engine.Deployment;
using Bpm.Engine.Runtime.Commands;

namespace Bpm.Engine.Runtime;

/// <summary>The engine's commands. Each runs one durable step: load, execute until every token waits, commit once.
/// Errors: <see cref="EngineNotFoundException"/>, <see cref="EngineConflictException"/>, <see cref="InvalidCommandException"/>,
/// <see cref="DeploymentRejectedException"/>.</summary>
public interface IProcessEngine
{
    Task<DeploymentResult> DeployAsync(IReadOnlyList<DeploymentResource> resources, CancellationToken ct);
    /// <summary>Deploys on behalf of a person: <paramref name="deployedBy"/> is recorded on the deployment and its new decision versions.</summary>
    Task<DeploymentResult> DeployAsync(IReadOnlyList<DeploymentResource> resources, string? deployedBy, CancellationToken ct);
    Task<StartedProcessInstance> StartProcessInstanceAsync(StartProcessInstanceCommand command, CancellationToken ct);
    /// <summary>Completes a CREATED task. A task bound to a form validates the variables against it first and throws
    /// <see cref="Forms.FormValidationException"/> listing every bad field; then nothing changes.</summary>
    Task CompleteUserTaskAsync(long userTaskKey, JsonObject? variables, CancellationToken ct);
    Task CancelProcessInstanceAsync(long processInstanceKey, CancellationToken ct);
    /// <summary>Cancels a root instance on a person's request: the process's TERMINATED history entry records who and why.</summary>
    Task CancelProcessInstanceAsync(long processInstanceKey, string? by, string? reason, CancellationToken ct);
    /// <summary>Retries what failed: a job gets its retries back and runs again; an expression failure re-runs the element's step.</summary>
    Task ResolveIncidentAsync(long incidentKey, CancellationToken ct);
    /// <summary>As <see cref="ResolveIncidentAsync(long, CancellationToken)"/>; INCIDENT_RESOLVED records who and their note.</summary>
    Task ResolveIncidentAsync(long incidentKey, string? by, string? note, CancellationToken ct);
    /// <summary>Resumes a bookmark (message/timer subscription) as if its event happened, with the given variables.</summary>
    Task TriggerSubscriptionAsync(long subscriptionKey, JsonObject? variables, CancellationToken ct);
    /// <summary>A person corrects an existing process variable of a running case: the VARIABLE_SET entry records who and
    /// why (<paramref name="reason"/> is required). An ended case is refused (<see cref="Records.CaseArchivedException"/>).</summary>
    Task SetVariableAsync(long processInstanceKey, string name, JsonNode? value, string by, string reason, CancellationToken ct);
}
