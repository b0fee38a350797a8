using Bpm.Engine.UserTasks;
using Bpm.Enforcement.Roles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bpm.Enforcement.Qualification;

public static class QualificationServiceCollectionExtensions
{
    /// <summary>The assignment rules of enforcement work (officer qualification, separation of duties, legal qualification,
    /// two officers) on the task headers that declare them, and who may receive a task handed on. The order is the order
    /// they check in: a performer's certificate before separation and legal qualification; at completion, a named person's
    /// separation before the officers' confirmations.</summary>
    public static IServiceCollection AddQualificationRules(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAssignmentRule, CertificateRule>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAssignmentRule, SeparationOfDutiesRule>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAssignmentRule, LegalQualificationRule>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAssignmentRule, TwoOfficersRule>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHandoverTargetRule, CaseWorkerHandoverRule>());
        return services;
    }
}
