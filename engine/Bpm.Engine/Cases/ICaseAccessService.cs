using Bpm.Engine.Queries;
using Bpm.Engine.Runtime.Commands;
using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Cases;

/// <summary>The one place that decides who may see and change a case (a process instance and everything hanging off it:
/// variables, history, documents, deadlines, incidents), filter case lists in the database, and open cases. It reuses the
/// task rules' notion of the caller (<see cref="Viewer"/>) and asks the <see cref="ICaseAccessPolicy"/> which units' cases
/// they reach: see docs/security.md for the rules and the matrix.
/// A case that does not exist is <see cref="Runtime.EngineNotFoundException"/> (404) for everyone; one the caller may not
/// see is <see cref="CaseAccessDeniedException"/> <c>case-visibility</c> (403), as the task routes answer.</summary>
public interface ICaseAccessService
{
    /// <summary>What the caller may do with the case; throws 404 when it does not exist.</summary>
    Task<CaseAccessLevel> LevelAsync(long processInstanceKey, TaskActor actor, CancellationToken ct);
    /// <summary>404 when missing, else 403 <c>case-visibility</c> unless the caller may see it.</summary>
    Task RequireVisibleAsync(long processInstanceKey, TaskActor actor, CancellationToken ct);
    /// <summary>As <see cref="RequireVisibleAsync"/>, then 403 <c>case-read-only</c> unless the caller may act on it.</summary>
    Task RequireActAsync(long processInstanceKey, TaskActor actor, CancellationToken ct);
    /// <summary>The incident's case must be visible (<paramref name="act"/>: actionable); 404 for an unknown incident.</summary>
    Task RequireIncidentAsync(long incidentKey, TaskActor actor, bool act, CancellationToken ct);
    /// <summary>The document's case must be visible; 404 for an unknown document.</summary>
    Task RequireDocumentAsync(long documentKey, TaskActor actor, CancellationToken ct);
    /// <summary>The cases the caller may see, filtered, paged and counted in one database query.</summary>
    Task<PagedResult<ProcessInstanceSummary>> ListInstancesAsync(ProcessInstanceFilter filter, TaskActor actor, CancellationToken ct);
    /// <summary>The cases the caller may see, for a module that lists cases from its own read model.</summary>
    Task<VisibleCases> VisibleCasesAsync(TaskActor actor, CancellationToken ct);
    /// <summary>The incidents of the cases the caller may see (filtered in the query; like any filter, one naming a case the
    /// caller may not see finds nothing).</summary>
    Task<IReadOnlyList<IncidentInfo>> ListIncidentsAsync(long? processInstanceKey, string? state, TaskActor actor, CancellationToken ct);
    /// <summary>Opens a case as the caller: the process must let them start it (model's candidate starters, else any officer,
    /// head or admin), the case's organisation is <paramref name="organisationId"/> (or the <c>organisationId</c> variable)
    /// if the caller may open cases there, else their own unit; it is written to the instance and its variable, and the
    /// caller is recorded as the starter.</summary>
    /// <summary>The latest version of every executable process with a none start event that the caller may start, by name.</summary>
    Task<IReadOnlyList<StartableProcess>> StartableProcessesAsync(TaskActor actor, CancellationToken ct);
    Task<StartedProcessInstance> StartAsync(StartProcessInstanceCommand command, string? organisationId, TaskActor actor, CancellationToken ct);
}
