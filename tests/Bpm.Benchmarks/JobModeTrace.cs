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
        foreach (var instance in changes.InsertedInstances)
        {
            Times(instance.Key).StartCommitBegan = at;
            if (instance.State == ProcessInstanceState.Completed) Times(instance.Key).EndCommitBegan = at;
        }
        foreach (var instance in changes.UpdatedInstances)
            if (instance.State == ProcessInstanceState.Completed) Times(instance.Key).EndCommitBegan = at;
    }

    /// <summary>The store committed <paramref name="changes"/>.</summary>
    public void CommitDone(StepChangeSet changes, long at)
    {
        foreach (var instance in changes.InsertedInstances)
        {
            Times(instance.Key).StartCommitEnded = at;
            if (instance.State == ProcessInstanceState.Completed) Times(instance.Key).EndCommitEnded = at;
        }
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

    /// <summary>The average of each part, in milliseconds, over the measured instances every timestamp was taken for: those
    /// whose jobs ran in the start's step (one commit) apart from those whose jobs the worker ran (two commits or more).</summary>
    public IReadOnlyList<(string Group, int Instances, IReadOnlyList<(string Part, double Ms)> Parts)> Breakdown()
    {
        var complete = _instances.Values.Where(t => t.IsComplete).ToList();
        var oneCommit = complete.Where(t => t.EndCommitBegan == t.StartCommitBegan).ToList();
        // Jobs begun in the start's step of which the budget left the rest to the worker: only their count and total.
        var split = complete.Where(t => t.EndCommitBegan != t.StartCommitBegan && t.FirstActivity < t.StartCommitBegan).ToList();
        var more = complete.Where(t => t.EndCommitBegan != t.StartCommitBegan && t.FirstActivity >= t.StartCommitBegan).ToList();
        var groups = new List<(string, int, IReadOnlyList<(string, double)>)>();
        if (oneCommit.Count > 0)
            groups.Add(("jobs run in the start's step (one commit)", oneCommit.Count,
            [
                ("start step until its first job", Average(oneCommit, t => t.FirstActivity - t.Called)),
                ("jobs run in the start step", Average(oneCommit, t => t.StartCommitBegan - t.FirstActivity)),
                ("the commit", Average(oneCommit, t => t.EndCommitEnded - t.EndCommitBegan)),
                ("commit → caller sees COMPLETED", Average(oneCommit, t => t.Seen - t.EndCommitEnded)),
                ("start → COMPLETED (mean)", Average(oneCommit, t => t.Seen - t.Called)),
            ]));
        if (split.Count > 0)
            groups.Add(("jobs begun in the start's step, finished by the worker", split.Count,
                [("start → COMPLETED (mean)", Average(split, t => t.Seen - t.Called))]));
        if (more.Count > 0)
            groups.Add(("jobs run by the worker (two commits or more)", more.Count,
            [
                ("start step until its commit", Average(more, t => t.StartCommitBegan - t.Called)),
                ("start commit", Average(more, t => t.StartCommitEnded - t.StartCommitBegan)),
                ("start commit → job picked up", Average(more, t => t.FirstActivity - t.StartCommitEnded)),
                ("jobs run (chain) until commit", Average(more, t => t.EndCommitBegan - t.FirstActivity)),
                ("last commit", Average(more, t => t.EndCommitEnded - t.EndCommitBegan)),
                ("commit → caller sees COMPLETED", Average(more, t => t.Seen - t.EndCommitEnded)),
                ("start → COMPLETED (mean)", Average(more, t => t.Seen - t.Called)),
                ("(meanwhile) start commit → start returns", Average(more, t => t.Returned - t.StartCommitEnded)),
            ]));
        return groups;
    }

    private static double Average(List<InstanceTimes> instances, Func<InstanceTimes, long> ticks) =>
        instances.Average(t => ticks(t) * 1000.0 / Stopwatch.Frequency);

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
