using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Migrations;
using Bpm.Engine.Runtime.Projections;
using Bpm.Server.Disclosure.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bpm.Server.Disclosure;

public static class DisclosureServiceCollectionExtensions
{
    /// <summary>The public 执法公示 page's module: its table on the engine's database (own context and migrations), the
    /// projection that keeps it in step with the <c>disclosure</c> instances, and the page's query. Needs AddBpmEngine
    /// (in either order); without this call the engine runs and stores no disclosure entries.</summary>
    public static IServiceCollection AddDisclosureModule(this IServiceCollection services)
    {
        services.AddPooledDbContextFactory<DisclosureDbContext>((sp, builder) => builder.UseBpmDatabase(sp.GetRequiredService<DatabaseOptions>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IModuleSchema, DisclosureSchema>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInstanceProjection, PublicDisclosureProjection>());
        services.TryAddSingleton<PublicDisclosureQuery>();
        return services;
    }
}
