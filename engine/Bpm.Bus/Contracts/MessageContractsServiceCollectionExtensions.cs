using Bpm.Engine.Messaging;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bpm.Bus.Contracts;

public static class MessageContractsServiceCollectionExtensions
{
    /// <summary>Lets send tasks and message throw/end events name the agency exchange's contracts (<c>Bpm.Contracts</c>).
    /// Replaces the engine's stand-in whichever of the two is registered first. <c>AddBpmBus</c> calls it; a host without
    /// the bus (tests, an embedded engine) may call it alone.</summary>
    public static IServiceCollection AddBpmMessageContracts(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<IMessageContracts, AgencyMessageContracts>());
        return services;
    }
}
