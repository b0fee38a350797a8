namespace Bpm.Engine.Queries;

/// <summary>Read-only queries for the API and tests. Keys are strings (JSON-safe longs).</summary>
public interface IEngineQueries
{
    Task<IReadOnlyList<ProcessDefinitionInfo>> ListDefinitionsAsync(string? bpmnProcessId, CancellationToken ct);
    Task<ProcessDefinitionInfo?> GetDefinitionAsync(long key, CancellationToken ct);
    Task<string?> GetDefinitionXmlAsync(long key, CancellationToken ct);
    Task<ProcessInstanceInfo?> GetInstanceAsync(long key, CancellationToken ct);
    Task<PagedResult<ProcessInstanceSummary>> ListInstancesAsync(ProcessInstanceFilter filter, CancellationToken ct);
    /// <summary>Null when the instance does not exist.</summary>
    Task<IReadOnlyList<HistoryEntry>?> GetHistoryAsync(long processInstanceKey, CancellationToken ct);
    Task<PagedResult<UserTaskInfo>> ListUserTasksAsync(UserTaskFilter filter, CancellationToken ct);
    Task<IReadOnlyList<IncidentInfo>> ListIncidentsAsync(long? processInstanceKey, string? state, CancellationToken ct);
    /// <summary>How a person recognises each of these cases (case number, party); a key with no instance is left out.</summary>
    Task<IReadOnlyDictionary<long, CaseLabel>> CaseLabelsAsync(IReadOnlyCollection<long> processInstanceKeys, CancellationToken ct);
}
