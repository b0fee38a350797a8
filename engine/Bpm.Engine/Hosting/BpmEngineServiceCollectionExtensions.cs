using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Hosting;

/// <summary>Registers the engine (IProcessEngine, IEngineQueries, IActivityRegistry, TimeProvider, job worker, database).</summary>
public static class BpmEngineServiceCollectionExtensions
{
    public static IServiceCollection AddBpmEngine(this IServiceCollection services, IConfiguration configuration)
        => throw new NotImplementedException("AddBpmEngine is provided by the engine hosting branch.");
}
