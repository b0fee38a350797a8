using System.Collections.Concurrent;
using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>The state each active instance had after this node's last commit of it, so the next command on it need not
/// read it back. An entry may be older than the database (another node, or a commit of this node whose Put has not run
/// yet): a step built on it fails its revision check at commit, and a command it refuses is run again from the database
/// (<see cref="StepExecution.ServedFromCache"/>), so a stale entry costs a retry, never a wrong answer.</summary>
internal sealed class InstanceCache(int capacity)
{
    private readonly ConcurrentDictionary<long, ProcessInstanceEntity> _entries = new();

    public ProcessInstanceEntity? Get(long key) => _entries.TryGetValue(key, out var cached) ? Copy(cached) : null;

    public void Put(ProcessInstanceEntity entity)
    {
        if (capacity <= 0) return;
        if (_entries.Count >= capacity) EvictSome();
        var copy = Copy(entity);
        // Commits of one instance finish in revision order, but their continuations may Put in any order.
        _entries.AddOrUpdate(entity.Key, copy, (_, cached) => cached.Revision > copy.Revision ? cached : copy);
    }

    public bool Contains(long key) => _entries.ContainsKey(key);

    public void Remove(long key) => _entries.TryRemove(key, out _);

    /// <summary>Drops about a quarter of the entries; which ones does not matter for correctness.</summary>
    private void EvictSome()
    {
        var drop = Math.Max(1, capacity / 4);
        foreach (var key in _entries.Keys.Take(drop)) _entries.TryRemove(key, out _);
    }

    private static ProcessInstanceEntity Copy(ProcessInstanceEntity e) => new()
    {
        Key = e.Key,
        ProcessDefinitionKey = e.ProcessDefinitionKey,
        BpmnProcessId = e.BpmnProcessId,
        Version = e.Version,
        BusinessKey = e.BusinessKey,
        State = e.State,
        StartedAt = e.StartedAt,
        EndedAt = e.EndedAt,
        Revision = e.Revision,
        StateData = e.StateData,
        ActiveElementIds = e.ActiveElementIds,
        HasIncident = e.HasIncident,
        ParentInstanceKey = e.ParentInstanceKey,
        ParentElementInstanceKey = e.ParentElementInstanceKey,
        StartCorrelationKey = e.StartCorrelationKey,
        OrganisationId = e.OrganisationId,
        StartedBy = e.StartedBy,
        HistoryEntries = e.HistoryEntries,
        HistoryHeadHash = e.HistoryHeadHash,
        HistoryAnchorPending = e.HistoryAnchorPending,
    };
}
