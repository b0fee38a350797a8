using Bpm.Enforcement.Agencies;
using Bpm.Enforcement.CaseNumbers;
using Bpm.Enforcement.Cases;
using Bpm.Enforcement.Evidence;
using Bpm.Enforcement.Qualification;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Enforcement;

public static class EnforcementServiceCollectionExtensions
{
    /// <summary>The enforcement module (行政执法): the features the engine kernel does not know, each registered by its own
    /// <c>Add…</c>. Needs AddBpmEngine, in either order.</summary>
    public static IServiceCollection AddBpmEnforcement(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddCaseNumbers();
        services.AddEvidenceRules();
        services.AddHenanAgencies();
        services.AddQualificationRules();
        services.AddEnforcementCaseAccess();
        return services;
    }
}
