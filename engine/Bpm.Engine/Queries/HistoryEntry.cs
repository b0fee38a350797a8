using System.Text.Json.Nodes;

namespace Bpm.Engine.Queries;

/// <summary>One thing that happened to an instance. Event is ACTIVATED, COMPLETED or TERMINATED for element instances;
/// VARIABLE_SET for a variable change (Name/Value/ScopeKey set); INCIDENT_CREATED / INCIDENT_RESOLVED for incidents;
/// JOB_FAILED for a failed job attempt; LOG for an activity's journal message (Value holds the text).</summary>
public sealed record HistoryEntry(string Event, string? ElementId, string? ElementType, string? ElementInstanceKey,
    DateTimeOffset At, string? Name = null, JsonNode? Value = null, string? ScopeKey = null);
