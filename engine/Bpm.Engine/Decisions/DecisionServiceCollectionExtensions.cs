using Bpm.Engine.Decisions.Parsing;
using Bpm.Engine.Decisions.Storage;
using Bpm.Engine.Expressions;
using Bpm.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bpm.Engine.Decisions;

internal static class DecisionServiceCollectionExtensions
{
    public static void AddBpmDecisions(IServiceCollection services)
    {
        services.TryAddSingleton(sp => new DmnParser(sp.GetRequiredService<FeelEngine>()));
        services.TryAddSingleton<DecisionStore>();
        services.TryAddSingleton<DecisionCache>();
        services.TryAddSingleton(sp => new DecisionDeployer(sp.GetRequiredService<DmnParser>(), sp.GetRequiredService<DecisionStore>(),
            sp.GetRequiredService<DecisionCache>(), sp.GetRequiredService<KeyGenerator>()));
        services.TryAddSingleton<IDecisionService, DecisionService>();
    }
}
