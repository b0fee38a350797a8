using Bpm.Engine.Cases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bpm.Enforcement.Cases;

public static class CaseAccessServiceCollectionExtensions
{
    /// <summary>The enforcement case access rules in place of the kernel's own-unit default; Replace keeps one registration
    /// whichever of AddBpmEngine and this runs first.</summary>
    public static IServiceCollection AddEnforcementCaseAccess(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<ICaseAccessPolicy, EnforcementCaseAccessPolicy>());
        return services;
    }
}
