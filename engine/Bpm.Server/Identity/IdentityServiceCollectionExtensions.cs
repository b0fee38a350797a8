using Bpm.Engine.People;
using Bpm.Engine.People.Organisations;
using Bpm.Engine.People.Training;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Migrations;
using Bpm.Engine.Records;
using Bpm.Server.Identity.PeopleDirectory;
using Bpm.Server.Identity.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bpm.Server.Identity;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>The identity module: its tables on the engine's database (own context and migrations) and the engine's
    /// people directory, organisation tree and training records over them. Needs AddBpmEngine (in either order: the
    /// engine's stand-ins are replaced); without this call the engine knows nobody.</summary>
    public static IServiceCollection AddIdentityModule(this IServiceCollection services)
    {
        services.AddPooledDbContextFactory<IdentityDbContext>((sp, builder) =>
            builder.UseBpmAuditChain().UseBpmDatabase(sp.GetRequiredService<DatabaseOptions>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IModuleSchema, IdentitySchema>());
        services.Replace(ServiceDescriptor.Singleton<IPeopleDirectory, DbPeopleDirectory>());
        services.Replace(ServiceDescriptor.Singleton<IOrganisationUnitQueries, DbOrganisationUnitQueries>());
        services.Replace(ServiceDescriptor.Singleton<IStaffTrainingQueries, DbStaffTrainingQueries>());
        return services;
    }
}
