using Bpm.Engine.Deployment;
using Bpm.Engine.UserTasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bpm.Enforcement.Evidence;

public static class EvidenceServiceCollectionExtensions
{
    /// <summary>The audio-video record rules (音像记录): the <c>evidence</c> header checked at deployment, and a completion
    /// refused (409 naming the missing item) until the task carries the evidence it lists.</summary>
    public static IServiceCollection AddEvidenceRules(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeploymentRule, EvidenceHeaderRule>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IUserTaskCompletionRule, RequiredEvidence>());
        return services;
    }
}
