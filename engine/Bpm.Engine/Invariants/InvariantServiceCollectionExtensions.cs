using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Invariants;

public static class InvariantServiceCollectionExtensions
{
    /// <summary>Adds rules the models may name in a user task's <c>invariants</c> header. Call once per domain module; the
    /// engine (AddBpmEngine) registers the catalogue that joins them.</summary>
    public static IServiceCollection AddBpmInvariants(this IServiceCollection services, IEnumerable<InvariantRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        services.AddSingleton(new InvariantRuleSet(rules));
        return services;
    }
}
