using Bpm.Server.Auth;
using Bpm.Server.Persistence;

namespace Bpm.Server.Startup;

internal static partial class DatabaseServices
{
    static partial void AddDatabaseBacked(IServiceCollection services)
    {
        services.AddSingleton<IUserDirectory, DbUserDirectory>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
    }
}
