using System.Collections.Concurrent;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.States;

namespace Bpm.Benchmarks;

/// <summary>Tells a caller the moment the commit that completed its instance returned, from the timed store: the job-mode
/// benchmark waits on this instead of polling the instance (the poll's interval and queries were part of what it measured).</summary>
public sealed class CompletionWatch
{
    private readonly ConcurrentDictionary<long, TaskCompletionSource> _completed = new();

    /// <summary>The store committed <paramref name="changes"/>: every instance they complete is signalled.</summary>
    public void Committed(StepChangeSet changes)
    {
        foreach (var instance in changes.InsertedInstances)
            if (instance.State == ProcessInstanceState.Completed) Signal(instance.Key);
        foreach (var instance in changes.UpdatedInstances)
            if (instance.State == ProcessInstanceState.Completed) Signal(instance.Key);
    }

    /// <summary>Waits until the instance's completion is committed (or was, before the call).</summary>
    public async Task WaitAsync(long instanceKey, TimeSpan timeout)
    {
        try
        {
            await Completion(instanceKey).Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"job-mode instance {instanceKey} did not complete within {timeout}");
        }
        finally
        {
            _completed.TryRemove(instanceKey, out _);
        }
    }

    private void Signal(long instanceKey) => Completion(instanceKey).TrySetResult();

    private TaskCompletionSource Completion(long instanceKey) =>
        _completed.GetOrAdd(instanceKey, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
