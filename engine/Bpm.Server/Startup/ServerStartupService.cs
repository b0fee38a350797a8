using Bpm.Engine.Hosting;
using Bpm.Server.Auth;
using Bpm.Server.Identity.Demo;

namespace Bpm.Server.Startup;

/// <summary>Before the server takes requests: prepare the database, refuse published passwords outside Development, seed the admin user and the demo people, deploy the workflows.
/// Any failure stops start-up.</summary>
internal sealed class ServerStartupService(
    IServiceProvider services, SqliteDirectoryPreparer sqlite, ProductionStartGuard guard, AdminSeeder seeder, DemoDataSeeder demo,
    DemoIntegrationClients demoClients, WorkflowDeployer deployer) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        sqlite.EnsureDirectory();
        await EngineStartup.InitializeAsync(services, cancellationToken);
        await guard.CheckAsync(cancellationToken);
        await seeder.SeedAsync(cancellationToken);
        await demo.SeedAsync(cancellationToken);
        await demoClients.SeedAsync(cancellationToken);
        await deployer.DeployAllAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
