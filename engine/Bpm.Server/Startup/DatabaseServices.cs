using Bpm.Server.Auth;
using Bpm.Server.Persistence;

namespace Bpm.Server.Startup;

/// <summary>The server's services that read the engine database directly (user directory, database health check).</summary>
internal static class DatabaseServices
{
    public static IServiceCollection AddBpmDatabaseServices(this IServiceCollection services)
    {
        services.AddSingleton<IUserDirectory, DbUserDirectory>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}
