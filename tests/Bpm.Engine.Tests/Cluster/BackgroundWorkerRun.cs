using Bpm.Engine.Jobs;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Tests.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bpm.Engine.Tests.Cluster;

/// <summary>Runs a test's body while the node's background job worker runs, counting the commits it made, and reads an
/// instance's jobs from the database.</summary>
public static class BackgroundWorkerRun
{
    /// <summary>Runs <paramref name="body"/> while the node's background worker runs, and returns the commits it made.</summary>
    public static async Task<int> WithWorkerAsync(EngineHarness h, LockCountingStore store, Func<Task> body)
    {
        var worker = h.Services.GetServices<IHostedService>().OfType<JobWorkerService>().Single();
        await worker.StartAsync(CancellationToken.None);
        try
        {
            // The worker takes handed jobs (and opens its slots) once it has started: its first look at the database.
            var deadline = DateTime.UtcNow + InstanceWaits.Patience;
            while (store.Queries == 0)
            {
                Assert.True(DateTime.UtcNow < deadline, "the worker did not start");
                await System.Threading.Tasks.Task.Delay(10);
            }
            var before = store.Commits;
            await body();
            return store.Commits - before;
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    public static async Task<List<JobEntity>> JobsOfAsync(EngineHarness h, long instanceKey)
    {
        await using var context = await h.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>().CreateDbContextAsync();
        return await context.Jobs.AsNoTracking().Where(j => j.ProcessInstanceKey == instanceKey).ToListAsync();
    }
}
