using Bpm.Engine.Hosting;

namespace Bpm.Engine.Tests.Timers;

/// <summary>Sweep settings for the chunk tests: one claim takes every due timer (up to <c>slots</c>), so the chunks are
/// exactly the claimed batch cut into <c>chunkSize</c>, and only the test's own sweep calls fire them.</summary>
public static class ChunkedSweep
{
    public static void Configure(EngineOptions o, int slots, int chunkSize)
    {
        o.TimerSweepConcurrency = slots;
        o.TimerSweepBatchSize = slots;
        o.TimerFireChunkSize = chunkSize;
        // A loaded machine must not split a chunk: the steps that are ready wait for the others.
        o.TimerFireChunkWait = TimeSpan.FromMinutes(1);
        o.TimerPollInterval = TimeSpan.FromMinutes(10);
        o.TimerClaimTimeout = TimeSpan.FromMinutes(1);
    }
}
