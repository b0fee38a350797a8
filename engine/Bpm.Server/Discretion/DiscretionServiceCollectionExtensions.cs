using Bpm.Engine.Activities;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Migrations;
using Bpm.Engine.Runtime.Projections;
using Bpm.Server.Discretion.Annual;
using Bpm.Server.Discretion.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bpm.Server.Discretion;

public static class DiscretionServiceCollectionExtensions
{
    /// <summary>The discretion statistics' module: its table on the engine's database (own context and migrations), the
    /// projection that keeps it in step with the penalty cases, and the statistics queries. Needs AddBpmEngine (in either
    /// order).</summary>
    public static IServiceCollection AddDiscretionModule(this IServiceCollection services)
    {
        services.AddPooledDbContextFactory<DiscretionDbContext>((sp, builder) => builder.UseBpmDatabase(sp.GetRequiredService<DatabaseOptions>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IModuleSchema, DiscretionSchema>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInstanceProjection, DecidedPenaltyProjection>());
        services.TryAddSingleton<DiscretionStatisticsQuery>();
        services.TryAddSingleton<DiscretionCasesQuery>();
        services.TryAddSingleton<AnnualPenaltyFiguresQuery>();
        services.TryAddSingleton<AnnualCaseFiguresQuery>();
        return services;
    }

    /// <summary>The activities that prefill the annual statistics report and record changes to its figures. AddBpmServer
    /// calls it; the default services registering an activity adds are the engine's own, so the order of calls does not
    /// matter (RegistrationOrderTests).</summary>
    public static IServiceCollection AddDiscretionActivities(this IServiceCollection services) =>
        services.AddBpmActivity<AnnualPenaltyFiguresActivity>().AddBpmActivity<AnnualCaseFiguresActivity>().AddBpmActivity<AnnualFigureChangesActivity>();
}
