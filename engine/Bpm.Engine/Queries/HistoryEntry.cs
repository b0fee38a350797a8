using System.Text.Json.Nodes;

namespace Bpm.Engine.Queries;

/// <summary>One thing that happened to an instance. Event is ACTIVATED, COMPLETED or TERMINATED for element instances;
/// VARIABLE_SET for a variable change (Name/Value/ScopeKey set); INCIDENT_CREATED / INCIDENT_RESOLVED for incidents;
/// JOB_FAILED for a failed job attempt; LOG for an activity's journal message (Value holds the text); DEADLINE_PAUSED,
/// DEADLINE_RESUMED, DEADLINE_EXTENDED for a person's change to a named deadline (Name is the deadline).
/// <see cref="By"/> is the person who caused the entry through the API (a command's actor: the starter on the process's
/// ACTIVATED, the canceller on its TERMINATED, the resolver on INCIDENT_RESOLVED, whoever set a variable), null for what
/// the engine did by itself; <see cref="Reason"/> is the reason or note they gave.</summary>
public sealed record HistoryEntry(string Event, string? ElementId, string? ElementType, string? ElementInstanceKey,
    DateTimeOffset At, string? Name = null, JsonNode? Value = null, string? ScopeKey = null, string? By = null, string? Reason = null);
