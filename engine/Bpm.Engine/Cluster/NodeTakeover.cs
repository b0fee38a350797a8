namespace Bpm.Engine.Cluster;

/// <summary>What a live node released of nodes it found dead.</summary>
public sealed record NodeTakeover(IReadOnlyList<string> DeadNodes, int ReleasedJobs, int ReleasedTimers)
{
    public static NodeTakeover None { get; } = new([], 0, 0);
}
