using Bpm.Engine.Persistence;

namespace Bpm.Engine.Timers;

/// <summary>Writes the steps of a chunk of claimed timers together: each timer's step runs on its own (its own instance,
/// history and failure handling) and hands its change set here instead of to the store; once every step of the chunk has
/// handed in or finished without a commit, the change sets are written in one store commit (one transaction). A step
/// that is slow does not hold the others beyond <c>stragglerWait</c> after the first hand-in: what has arrived is written
/// then, and later hand-ins are written on their own, as is every hand-in after the chunk was written (a retry).</summary>
/// <remarks>A failed write fails every step in it, as its own commit would have: a conflict makes each step run again
/// alone on fresh state (the step's conflict retry), any other failure leaves each timer claimed until its claim expires.
/// Change sets that touch the same instance are not merged (both would check the same revision).</remarks>
internal sealed class TimerChunkCommit(IEngineStore store, int participants, TimeSpan stragglerWait)
{
    private readonly object _gate = new();
    private readonly List<HandIn> _waiting = [];
    private int _finished;
    private bool _written;

    /// <summary>Takes the place of the store's commit for one step of the chunk.</summary>
    public Task CommitAsync(StepChangeSet changes, CancellationToken ct)
    {
        var handIn = new HandIn(changes);
        List<HandIn>? write;
        lock (_gate)
        {
            if (_written) return store.CommitAsync(changes, ct);
            _waiting.Add(handIn);
            write = TakeIfComplete();
            if (write is null && _waiting.Count == 1) _ = WriteStragglersLaterAsync();
        }
        if (write is not null) _ = WriteAsync(write);
        return handIn.Done.Task;
    }

    /// <summary>A step of the chunk finished (fired, found nothing to do, or failed); one that handed in has been written.</summary>
    public void Finished()
    {
        List<HandIn>? write;
        lock (_gate)
        {
            if (_written) return;
            _finished++;
            write = TakeIfComplete();
        }
        if (write is not null) _ = WriteAsync(write);
    }

    private List<HandIn>? TakeIfComplete() => _waiting.Count + _finished >= participants ? Take() : null;

    private List<HandIn> Take()
    {
        _written = true;
        var taken = _waiting.ToList();
        _waiting.Clear();
        return taken;
    }

    private async Task WriteStragglersLaterAsync()
    {
        await Task.Delay(stragglerWait).ConfigureAwait(false);
        List<HandIn>? write = null;
        lock (_gate)
            if (!_written) write = Take();
        if (write is not null) await WriteAsync(write);
    }

    private async Task WriteAsync(List<HandIn> handIns)
    {
        await Task.WhenAll(Groups(handIns).Select(WriteGroupAsync));
    }

    private async Task WriteGroupAsync(List<HandIn> group)
    {
        try
        {
            await store.CommitAsync(group.Count == 1 ? group[0].Changes : Merge(group), CancellationToken.None);
            foreach (var handIn in group) handIn.Done.TrySetResult();
        }
        catch (Exception ex)
        {
            foreach (var handIn in group) handIn.Done.TrySetException(ex);
        }
    }

    /// <summary>Splits the hand-ins into as few groups as possible in which no instance is changed twice.</summary>
    private static List<List<HandIn>> Groups(List<HandIn> handIns)
    {
        var groups = new List<(List<HandIn> Members, HashSet<long> Instances)>();
        foreach (var handIn in handIns)
        {
            var keys = InstanceKeys(handIn.Changes);
            var group = groups.Find(g => !g.Instances.Overlaps(keys));
            if (group.Members is null)
            {
                group = ([], []);
                groups.Add(group);
            }
            group.Members.Add(handIn);
            group.Instances.UnionWith(keys);
        }
        return groups.ConvertAll(g => g.Members);
    }

    private static HashSet<long> InstanceKeys(StepChangeSet changes)
    {
        var keys = new HashSet<long>();
        foreach (var instance in changes.UpdatedInstances) keys.Add(instance.Key);
        foreach (var instance in changes.InsertedInstances) keys.Add(instance.Key);
        return keys;
    }

    private static StepChangeSet Merge(List<HandIn> group)
    {
        var merged = new StepChangeSet();
        foreach (var handIn in group) merged.AddFrom(handIn.Changes);
        return merged;
    }

    private sealed class HandIn(StepChangeSet changes)
    {
        public StepChangeSet Changes { get; } = changes;
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
