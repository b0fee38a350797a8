using Bpm.Engine.Expressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bpm.Engine.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>Registers the working-day calendar (<see cref="BusinessCalendar"/>, <see cref="CalendarAdministration"/>, the
    /// store and the refresh service) and adds its FEEL functions to the <see cref="FeelFunctionRegistry"/>: the registry
    /// registered so far is wrapped so that it gets the functions when it is created (one is added if none is registered).
    /// Call after the registry is registered and before hosted services that evaluate FEEL.</summary>
    public static IServiceCollection AddBpmCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CalendarOptions>().Bind(configuration.GetSection("Bpm:Calendar"));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BusinessCalendar>();
        services.TryAddSingleton<Deadlines.DeadlineCalculator>();
        services.TryAddSingleton<ICalendarStore, DbCalendarStore>();
        services.TryAddSingleton<CalendarAdministration>();
        services.AddHostedService<CalendarRefreshService>();

        var registry = services.LastOrDefault(d => d.ServiceType == typeof(FeelFunctionRegistry) && !d.IsKeyedService);
        services.Replace(ServiceDescriptor.Singleton(sp =>
        {
            var functions = Create(registry, sp);
            CalendarFeelFunctions.Register(functions, sp.GetRequiredService<BusinessCalendar>());
            return functions;
        }));
        return services;
    }

    private static FeelFunctionRegistry Create(ServiceDescriptor? descriptor, IServiceProvider services) => descriptor switch
    {
        null => new FeelFunctionRegistry(),
        { ImplementationInstance: FeelFunctionRegistry instance } => instance,
        { ImplementationFactory: { } factory } => (FeelFunctionRegistry)factory(services),
        _ => (FeelFunctionRegistry)ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType ?? typeof(FeelFunctionRegistry)),
    };
}
