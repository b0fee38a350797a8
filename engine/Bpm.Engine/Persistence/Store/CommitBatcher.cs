using System.Threading.Channels;
using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.Persistence.Store;

/// <summary>Group commit: steps that arrive while a transaction is being written are written together in the next one,
/// so under load many steps share one transaction (and one fsync). A batch that fails for any reason is written again
/// step by step, so each step gets exactly its own outcome (a conflict fails only the step that lost the race).</summary>
internal sealed class CommitBatcher : IAsyncDisposable
{
    private readonly Func<StepChangeSet, Task> _write;
    private readonly int _maxBatch;
    private readonly Channel<PendingCommit> _queue = Channel.CreateUnbounded<PendingCommit>();
    private readonly Task[] _writers;

    public CommitBatcher(Func<StepChangeSet, Task> write, int writers, int maxBatch)
    {
        _write = write;
        _maxBatch = maxBatch;
        _writers = Enumerable.Range(0, writers).Select(_ => Task.Run(WriteLoopAsync)).ToArray();
    }

    public Task CommitAsync(StepChangeSet changes)
    {
        var pending = new PendingCommit(changes);
        if (!_queue.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(CommitBatcher));
        return pending.Done.Task;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingCommit>(_maxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var pending)) batch.Add(pending);
            if (batch.Count == 0) continue;
            if (batch.Count == 1 || !CanMerge(batch))
            {
                foreach (var pending in batch) await WriteOneAsync(pending);
                continue;
            }
            try
            {
                await _write(Merge(batch));
                foreach (var pending in batch) pending.Done.TrySetResult();
            }
            catch (Exception)
            {
                foreach (var pending in batch) await WriteOneAsync(pending);
            }
        }
    }

    private async Task WriteOneAsync(PendingCommit pending)
    {
        try
        {
            await _write(pending.Changes);
            pending.Done.TrySetResult();
        }
        catch (Exception ex)
        {
            pending.Done.TrySetException(ex);
        }
    }

    /// <summary>Two steps on the same instance in one batch would check the same revision: write those separately.</summary>
    private static bool CanMerge(List<PendingCommit> batch)
    {
        var instances = new HashSet<long>();
        foreach (var pending in batch)
        {
            foreach (var instance in pending.Changes.UpdatedInstances) if (!instances.Add(instance.Key)) return false;
            foreach (var instance in pending.Changes.InsertedInstances) if (!instances.Add(instance.Key)) return false;
        }
        return true;
    }

    private static StepChangeSet Merge(List<PendingCommit> batch)
    {
        var merged = new StepChangeSet();
        foreach (var pending in batch) merged.AddFrom(pending.Changes);
        return merged;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_writers);
    }

    private sealed class PendingCommit(StepChangeSet changes)
    {
        public StepChangeSet Changes { get; } = changes;
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
