using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bpm.Engine.Activities;

public static class ActivityServiceCollectionExtensions
{
    /// <summary>Registers every concrete <see cref="IActivity"/> class with <see cref="ActivityAttribute"/> in the assemblies
    /// (transient), plus <see cref="IActivityRegistry"/> and <see cref="IActivityInvoker"/> (singletons).
    /// May be called several times; the activities accumulate.</summary>
    public static IServiceCollection AddBpmActivities(this IServiceCollection services, params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(assemblies);
        var types = assemblies.Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(ActivityDescriptorBuilder.IsActivity)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        return services.AddBpmActivityTypes(types);
    }

    /// <summary>Registers one activity class (and the registry and invoker, if not yet registered).</summary>
    public static IServiceCollection AddBpmActivity<TActivity>(this IServiceCollection services) where TActivity : class, IActivity =>
        services.AddBpmActivityTypes([typeof(TActivity)]);

    private static IServiceCollection AddBpmActivityTypes(this IServiceCollection services, IEnumerable<Type> types)
    {
        var catalog = GetOrAddCatalog(services);
        foreach (var type in types)
        {
            if (catalog.Add(type)) services.AddTransient(type);
        }
        services.TryAddSingleton<IActivityRegistry>(sp => new ActivityRegistry(sp.GetRequiredService<ActivityCatalog>().Descriptors));
        services.TryAddSingleton<IActivityInvoker, ActivityInvoker>();
        // What the built-in activities take in their constructors (the engine registers the same; the first registration wins).
        Hosting.BusinessClockRegistration.TryAddBusinessClock(services);
        services.TryAddSingleton<Calendar.BusinessCalendar>();
        services.TryAddSingleton<Deadlines.DeadlineCalculator>();
        services.AddOptions();
        services.TryAddSingleton<UserTasks.Storage.IContentBlobStore, UserTasks.Storage.FileContentBlobStore>();
        services.TryAddSingleton<UserTasks.AttachmentStore>();
        Hosting.KeyGeneratorRegistration.TryAddKeyGenerator(services);
        return services;
    }

    private static ActivityCatalog GetOrAddCatalog(IServiceCollection services)
    {
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(ActivityCatalog) && d.ImplementationInstance is ActivityCatalog);
        if (existing?.ImplementationInstance is ActivityCatalog catalog) return catalog;
        catalog = new ActivityCatalog();
        services.AddSingleton(catalog);
        return catalog;
    }
}
