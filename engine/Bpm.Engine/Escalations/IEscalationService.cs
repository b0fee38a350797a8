using System.Text.Json.Nodes;
using Bpm.Engine.Queries;
using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Escalations;

/// <summary>The heads' escalation inbox. A head or supervisor of the escalation's organisation (or above), or an admin,
/// sees and settles it; the officer whose task was escalated sees it. Each action is one engine step: the escalated task
/// changes, the head's decision task (if the model made one) completes, and the escalation is resolved, or nothing is.</summary>
public interface IEscalationService
{
    Task<PagedResult<EscalationInfo>> ListAsync(EscalationQuery query, TaskActor actor, CancellationToken ct);
    Task<EscalationInfo> GetAsync(long escalationKey, TaskActor actor, CancellationToken ct);
    /// <summary>Gives the escalated task to another officer (who must pass the task's assignment rules).</summary>
    Task<EscalationInfo> ReassignAsync(long escalationKey, string assignee, string? reason, TaskActor actor, CancellationToken ct);
    /// <summary>Gives the escalated task more time, with a reason.</summary>
    Task<EscalationInfo> ExtendAsync(long escalationKey, EscalationExtension extension, TaskActor actor, CancellationToken ct);
    /// <summary>Decides: completes the head's decision task with <paramref name="variables"/> (validated by its form), or,
    /// without a decision task, records the decision as an instruction to the officer.</summary>
    Task<EscalationInfo> DecideAsync(long escalationKey, string decision, JsonObject? variables, TaskActor actor, CancellationToken ct);
}
