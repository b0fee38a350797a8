using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bpm.Engine.Hosting;

public static class EngineStartup
{
    /// <summary>Brings the database schema up to date (the engine's, then each module's), rebuilds instance projections that are missing or of an older
    /// version, and releases job locks and timer claims this node held before a crash, so its interrupted jobs run again
    /// and its timers fire at once.</summary>
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken ct)
    {
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        foreach (var module in services.GetServices<IModuleSchema>())
            await module.MigrateAsync(ct);
        await services.GetRequiredService<Runtime.Projections.InstanceProjectionRebuilder>().RebuildStaleAsync(ct);
        var options = services.GetRequiredService<IOptions<EngineOptions>>().Value;
        var store = services.GetRequiredService<IEngineStore>();
        await store.ReleaseJobLocksAsync(options.NodeId, ct);
        await store.ReleaseTimerClaimsAsync(options.NodeId, ct);
    }
}
