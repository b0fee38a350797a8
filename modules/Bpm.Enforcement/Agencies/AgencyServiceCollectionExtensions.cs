using Bpm.Engine.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Enforcement.Agencies;

public static class AgencyServiceCollectionExtensions
{
    /// <summary>The Henan agencies as the engine's default message sender and receivers (<see cref="HenanAgencies"/>): a
    /// sender configured in <c>Bpm:Engine:MessageSender…</c> and a receiver configured in <c>Bpm:Engine:MessageReceivers</c>
    /// win over them.</summary>
    public static IServiceCollection AddHenanAgencies(this IServiceCollection services)
    {
        services.AddOptions<EngineOptions>().PostConfigure(options =>
        {
            if (string.IsNullOrWhiteSpace(options.MessageSenderCreditCode))
            {
                var sender = HenanAgencies.Sender();
                (options.MessageSenderCreditCode, options.MessageSenderName, options.MessageSenderRegionCode) =
                    (sender.CreditCode, sender.Name, options.MessageSenderRegionCode ?? sender.RegionCode);
            }
            foreach (var (family, receiver) in HenanAgencies.Receivers())
                options.MessageReceivers.TryAdd(family, receiver);
        });
        return services;
    }
}
