using System.Text;
using Bpm.Activities;
using Bpm.Bus.Contracts;
using Bpm.Enforcement;
using Bpm.Engine.Activities;
using Bpm.Engine.Deployment;
using Bpm.Engine.Hosting;
using Bpm.Engine.Persistence;
using Bpm.Engine.Queries;
using Bpm.Engine.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bpm.Benchmarks;

/// <summary>The engine hosted in this process on a <see cref="BenchDatabase"/>, with the real system clock.
/// The job worker runs only when asked (the job-mode variant).</summary>
public sealed class EngineHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly List<IHostedService> _started = [];

    private EngineHost(ServiceProvider services) => _services = services;

    public IProcessEngine Engine => _services.GetRequiredService<IProcessEngine>();
    public IEngineQueries Queries => _services.GetRequiredService<IEngineQueries>();
    public IServiceProvider Services => _services;

    public static async Task<EngineHost> StartAsync(BenchDatabase database, bool runJobWorker, StoreTimings? timings = null, bool serializeWrites = false,
        bool runTimerSweep = false, IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection, IConfiguration>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Bpm"] = database.ConnectionString,
            ["Bpm:Database:Provider"] = database.Provider,
            ["Bpm:Engine:RunJobWorker"] = runJobWorker ? "true" : "false",
            ["Bpm:Engine:RunTimerSweep"] = runTimerSweep ? "true" : "false",
            ["Bpm:Engine:NodeId"] = "bench-" + Guid.NewGuid().ToString("N"),
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddBpmEngine(configuration);
        services.AddBpmEnforcement(configuration);
        services.AddBpmActivities(BpmActivitiesAssembly.Assembly);
        services.AddBpmMessageContracts();
        if (timings is not null) WrapStore(services, timings, serializeWrites);
        configure?.Invoke(services, configuration);
        var provider = services.BuildServiceProvider();
        await EngineStartup.InitializeAsync(provider, CancellationToken.None);
        var host = new EngineHost(provider);
        // A configured extra (the bus) has hosted services of its own to start.
        if (runJobWorker || runTimerSweep || configure is not null)
        {
            foreach (var hosted in provider.GetServices<IHostedService>())
            {
                await hosted.StartAsync(CancellationToken.None);
                host._started.Add(hosted);
            }
        }
        return host;
    }

    /// <summary>Replaces the registered store with a timing wrapper around it (profiling only).</summary>
    private static void WrapStore(ServiceCollection services, StoreTimings timings, bool serializeWrites)
    {
        var original = services.Single(d => d.ServiceType == typeof(IEngineStore));
        services.Remove(original);
        services.AddSingleton<IEngineStore>(sp => new TimingEngineStore(
            (IEngineStore)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!), timings, serializeWrites));
    }

    public Task<DeploymentResult> DeployAsync(string xml, string name) =>
        Engine.DeployAsync([new DeploymentResource(name, Encoding.UTF8.GetBytes(xml))], CancellationToken.None);

    /// <summary>Ends the node as a crash would: its background work is cancelled, nothing is stopped cleanly (it does not leave
    /// the nodes table, its job locks stay).</summary>
    public async ValueTask KillAsync()
    {
        _started.Clear();
        await _services.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in _started) await hosted.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }
}
