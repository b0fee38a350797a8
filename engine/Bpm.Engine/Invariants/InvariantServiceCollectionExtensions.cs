using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bpm.Engine.Invariants;

public static class InvariantServiceCollectionExtensions
{
    /// <summary>Adds rules the models may name in a user task's <c>invariants</c> header. Call once per domain module.</summary>
    public static IServiceCollection AddBpmInvariants(this IServiceCollection services, IEnumerable<InvariantRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        services.AddSingleton(new InvariantRuleSet(rules));
        services.TryAddSingleton<InvariantCatalogue>();
        return services;
    }
}
