using Bpm.Engine.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bpm.Engine.Hosting;

/// <summary>Registers the engine's <see cref="BusinessClock"/>. It takes whichever <see cref="TimeProvider"/> the container
/// resolves only for the instant, and its zone from <see cref="EngineOptions.TimeZone"/>, so neither the machine's zone nor
/// the order in which a host registers its clock and the engine changes the business date.</summary>
internal static class BusinessClockRegistration
{
    public static void TryAddBusinessClock(IServiceCollection services)
    {
        services.AddOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new BusinessClock(sp.GetRequiredService<TimeProvider>(),
            BusinessTimeZone.Resolve(sp.GetRequiredService<IOptions<EngineOptions>>().Value.TimeZone)));
    }
}
