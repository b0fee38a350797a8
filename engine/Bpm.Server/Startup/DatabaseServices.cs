using Bpm.Server.Auth;
using Bpm.Server.Identity;
using Bpm.Server.Identity.Demo;
using Bpm.Server.Identity.Directory;
using Bpm.Server.Persistence;

namespace Bpm.Server.Startup;

/// <summary>The server's services that read the engine database directly (user directory, identity administration and demo seed, database health check).</summary>
internal static class DatabaseServices
{
    public static IServiceCollection AddBpmDatabaseServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IUserDirectory, DbUserDirectory>();
        services.AddSingleton<IdentityService>();
        services.AddSingleton<IdentityQueries>();
        services.AddSingleton<PeopleSearch>();
        services.AddSingleton<DirectoryGroupNames>();
        services.AddSingleton<DesignerDirectory>();
        services.AddSingleton<DemoDataSeeder>();
        services.Configure<DemoOptions>(configuration.GetSection("Bpm:Demo"));
        services.AddTransient<DemoCaseDriver>();
        // Registered after the start-up service, so it runs once the workflows are deployed.
        services.AddHostedService<DemoCasesSeeder>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}
