using Bpm.Activities.Enforcement.MajorDecisions;
using Bpm.Activities.Enforcement.StatutoryDeadlines;
using Bpm.Engine.Invariants;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Activities.Enforcement;

public static class EnforcementServiceCollectionExtensions
{
    /// <summary>Binds the enforcement activities' options: <c>Bpm:Enforcement:MajorDecision</c> (thresholds and catalogue of
    /// major penalties, per organisation) and <c>Bpm:Enforcement:StatutoryPeriods</c> (the statutory period catalogue).
    /// Without this call the activities use their built-in defaults. A wrong period setting stops the host at start-up. Also
    /// registers the statutory invariants the procedures name in their <c>invariants</c> headers.</summary>
    public static IServiceCollection AddBpmEnforcementOptions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MajorDecisionOptions>().Bind(configuration.GetSection(MajorDecisionOptions.Section));
        services.AddOptions<StatutoryPeriodOptions>().Bind(configuration.GetSection(StatutoryPeriodOptions.Section))
            .Validate(o => new StatutoryPeriodCatalogue(o).All.Count > 0).ValidateOnStart();
        services.AddBpmInvariants(Invariants.EnforcementInvariants.All);
        return services;
    }
}
