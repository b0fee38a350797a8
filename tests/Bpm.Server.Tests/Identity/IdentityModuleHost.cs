using System.Text.Json.Nodes;
using Bpm.Activities;
using Bpm.Bus.Contracts;
using Bpm.Enforcement;
using Bpm.Engine.Activities;
using Bpm.Engine.Hosting;
using Bpm.Server.Identity;
using Bpm.Server.Identity.Storage;
using Bpm.Server.Tests.Api.Identity;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.Identity;

/// <summary>The engine with the enforcement activities and the identity module (no web server) on a database of the test's
/// own (of a marker type, <see cref="Sqlite"/> or <see cref="Postgres"/>), migrated as the server migrates it at start-up.</summary>
internal sealed class IdentityModuleHost : IAsyncDisposable
{
    private readonly OwnDatabase _database;

    private IdentityModuleHost(OwnDatabase database, ServiceProvider services)
    {
        _database = database;
        Services = services;
    }

    public ServiceProvider Services { get; }

    public static async Task<IdentityModuleHost> StartAsync<TDatabase>(Action<IdentityDbContext>? seed = null) where TDatabase : IServerDatabase
    {
        var database = await OwnDatabase.CreateAsync<TDatabase>();
        var host = new IdentityModuleHost(database, Build(database));
        await EngineStartup.InitializeAsync(host.Services, CancellationToken.None);
        if (seed is not null)
        {
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContextAsync();
            seed(db);
            await db.SaveChangesAsync();
        }
        return host;
    }

    /// <summary>The services of an engine with the identity module on <paramref name="database"/>, not yet migrated.</summary>
    public static ServiceProvider Build(OwnDatabase database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Bpm"] = database.ConnectionString,
            ["Bpm:Database:Provider"] = database.Provider,
            ["Bpm:Engine:RunJobWorker"] = "false",
            ["Bpm:Engine:RunTimerSweep"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddIdentityModule();
        services.AddBpmEngine(configuration);
        services.AddBpmEnforcement(configuration);
        services.AddBpmActivities(BpmActivitiesAssembly.Assembly);
        services.AddBpmMessageContracts();
        return services.BuildServiceProvider();
    }

    public Task<ActivityResult> InvokeAsync(string type, JsonObject inputs)
    {
        var descriptor = Services.GetRequiredService<IActivityRegistry>().Find(type)
            ?? throw new InvalidOperationException($"activity {type} not registered");
        var invocation = new ActivityInvocation(ProcessInstanceKey: 1, BpmnProcessId: "process", ElementId: "task", ElementInstanceKey: 2,
            BusinessKey: "BK-1", Variables: inputs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            Headers: new Dictionary<string, string>(), RetriesLeft: 3);
        return Services.GetRequiredService<IActivityInvoker>().InvokeAsync(descriptor, invocation, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
