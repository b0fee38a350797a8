using System.Collections.Concurrent;
using System.Diagnostics;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.States;

namespace Bpm.Benchmarks;

/// <summary>Where a job-mode instance's start → COMPLETED time goes: timestamps of the steps an instance passes (the caller's
/// start, the start step's commit, the first job's activity, the last commit, the caller seeing it COMPLETED), taken from
/// the timed store and a timed activity invoker, averaged over the measured instances.</summary>
public sealed class JobModeTrace
{
    private readonly ConcurrentDictionary<long, InstanceTimes> _instances = new();

    /// <summary>The store is about to commit <paramref name="changes"/> (called by the timed store).</summary>
    public void CommitStarting(StepChangeSet changes, long at)
    {
        foreach (var instance in changes.InsertedInstances) Times(instance.Key).StartCommitBegan = at;
        foreach (var instance in changes.UpdatedInstances)
            if (instance.State == ProcessInstanceState.Completed) Times(instance.Key).EndCommitBegan = at;
    }

    /// <summary>The store committed <paramref name="changes"/>.</summary>
    public void CommitDone(StepChangeSet changes, long at)
    {
        foreach (var instance in changes.InsertedInstances) Times(instance.Key).StartCommitEnded = at;
        foreach (var instance in changes.UpdatedInstances)
            if (instance.State == ProcessInstanceState.Completed) Times(instance.Key).EndCommitEnded = at;
    }

    /// <summary>An activity of <paramref name="instanceKey"/> starts: the first one is the job being picked up.</summary>
    public void ActivityStarting(long instanceKey, long at)
    {
        var times = Times(instanceKey);
        Interlocked.CompareExchange(ref times.FirstActivity, at, 0);
    }

    /// <summary>A caller measured one instance: it called start at <paramref name="called"/>, got its key at
    /// <paramref name="returned"/> and saw it COMPLETED at <paramref name="seen"/>.</summary>
    public void Measured(long instanceKey, long called, long returned, long seen)
    {
        var times = Times(instanceKey);
        times.Called = called;
        times.Returned = returned;
        times.Seen = seen;
    }

    /// <summary>The average of each part, in milliseconds, over the measured instances every timestamp was taken for.</summary>
    public IReadOnlyList<(string Part, double Ms)> Breakdown()
    {
        var complete = _instances.Values.Where(t => t.IsComplete).ToList();
        if (complete.Count == 0) return [];
        double Average(Func<InstanceTimes, long> ticks) => complete.Average(t => ticks(t) * 1000.0 / Stopwatch.Frequency);
        return
        [
            ("start step until its commit", Average(t => t.StartCommitBegan - t.Called)),
            ("start commit", Average(t => t.StartCommitEnded - t.StartCommitBegan)),
            ("start commit → job picked up", Average(t => t.FirstActivity - t.StartCommitEnded)),
            ("jobs run (chain) until commit", Average(t => t.EndCommitBegan - t.FirstActivity)),
            ("last commit", Average(t => t.EndCommitEnded - t.EndCommitBegan)),
            ("commit → caller sees COMPLETED", Average(t => t.Seen - t.EndCommitEnded)),
            ("start → COMPLETED (mean)", Average(t => t.Seen - t.Called)),
            ("(meanwhile) start commit → start returns", Average(t => t.Returned - t.StartCommitEnded)),
        ];
    }

    /// <summary>How many measured instances the breakdown covers.</summary>
    public int Covered => _instances.Values.Count(t => t.IsComplete);

    private InstanceTimes Times(long key) => _instances.GetOrAdd(key, _ => new InstanceTimes());

    private sealed class InstanceTimes
    {
        public long Called;
        public long Returned;
        public long Seen;
        public long StartCommitBegan;
        public long StartCommitEnded;
        public long FirstActivity;
        public long EndCommitBegan;
        public long EndCommitEnded;

        public bool IsComplete => Called != 0 && Seen != 0 && StartCommitBegan != 0 && StartCommitEnded != 0 && FirstActivity != 0
            && EndCommitBegan != 0 && EndCommitEnded != 0;
    }
}
