using Bpm.Enforcement.CaseNumbers.Storage;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Migrations;
using Bpm.Engine.Queries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bpm.Enforcement.CaseNumbers;

public static class CaseNumberServiceCollectionExtensions
{
    /// <summary>The case-number registry (案件编号) with its tables (own context and scripts), and the case labels that show
    /// the numbers it issued. Needs AddBpmEngine, in either order.</summary>
    public static IServiceCollection AddCaseNumbers(this IServiceCollection services)
    {
        services.AddPooledDbContextFactory<CaseNumbersDbContext>((sp, builder) => builder.UseBpmDatabase(sp.GetRequiredService<DatabaseOptions>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IModuleSchema, CaseNumbersSchema>());
        services.TryAddSingleton<CaseNumberRegistry>();
        // Replace, not TryAdd: the engine registers its default in either order.
        services.Replace(ServiceDescriptor.Singleton<ICaseLabelNumbers, IssuedCaseNumberLabels>());
        return services;
    }
}
