namespace Bpm.Server.Startup;

/// <summary>The server's services that read the engine database directly (user directory, database health check).
/// Their implementations live in Persistence/, which compiles once the engine's BpmDbContext exists.</summary>
internal static partial class DatabaseServices
{
    public static IServiceCollection AddBpmDatabaseServices(this IServiceCollection services)
    {
        AddDatabaseBacked(services);
        return services;
    }

    static partial void AddDatabaseBacked(IServiceCollection services);
}
