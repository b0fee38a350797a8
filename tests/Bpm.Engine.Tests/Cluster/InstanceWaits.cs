using Bpm.Engine.Tests.Engine;

namespace Bpm.Engine.Tests.Cluster;

/// <summary>Waits for background work (a job worker) to finish instances. The patience only bounds a failing test; a
/// passing one returns as soon as the instances are done.</summary>
public static class InstanceWaits
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task UntilCompletedAsync(EngineHarness h, IReadOnlyList<long> keys)
    {
        var deadline = DateTime.UtcNow + Patience;
        foreach (var key in keys)
            while ((await h.InstanceAsync(key)).State != "COMPLETED")
            {
                Assert.True(DateTime.UtcNow < deadline, $"instance {key} did not complete within {Patience.TotalSeconds} s");
                await Task.Delay(10);
            }
    }
}
