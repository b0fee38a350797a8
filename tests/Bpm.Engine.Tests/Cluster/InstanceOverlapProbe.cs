using System.Collections.Concurrent;

namespace Bpm.Engine.Tests.Cluster;

/// <summary>Shared by the nodes of a test: how many jobs of one instance ran at the same time at most, and how many ran.</summary>
public sealed class InstanceOverlapProbe
{
    private readonly ConcurrentDictionary<long, int> _running = new();
    private int _maxOverlap;
    private int _runs;

    public int MaxOverlap => Volatile.Read(ref _maxOverlap);
    public int Runs => Volatile.Read(ref _runs);

    public void Enter(long instanceKey)
    {
        Interlocked.Increment(ref _runs);
        var now = _running.AddOrUpdate(instanceKey, 1, (_, n) => n + 1);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxOverlap)) && Interlocked.CompareExchange(ref _maxOverlap, now, seen) != seen)
        {
        }
    }

    public void Exit(long instanceKey) => _running.AddOrUpdate(instanceKey, 0, (_, n) => n - 1);
}
