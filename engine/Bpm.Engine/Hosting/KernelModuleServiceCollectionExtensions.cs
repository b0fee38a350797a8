using Bpm.Engine.Runtime.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bpm.Engine.Hosting;

/// <summary>Registration of domain modules on kernel events (module API, docs/adr/0007).</summary>
public static class KernelModuleServiceCollectionExtensions
{
    /// <summary>Adds <typeparamref name="T"/> to the kernel-event pipeline as a singleton. Modules run in the order they are
    /// added (after the kernel's own handlers), each passing the event on with <c>next</c>; adding the same module twice
    /// keeps its first place.</summary>
    public static IServiceCollection AddKernelModule<T>(this IServiceCollection services) where T : class, IKernelModule
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IKernelModule, T>());
        return services;
    }
}
