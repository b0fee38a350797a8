using Bpm.Server.Identity.Demo;

namespace Bpm.Server.Integration;

/// <summary>Registers the integration clients: their store, the client credentials grant and the demo clients.</summary>
public static class IntegrationServiceCollectionExtensions
{
    public static IServiceCollection AddBpmIntegrationClients(this IServiceCollection services)
    {
        services.AddSingleton<IntegrationClientService>();
        services.AddSingleton<ClientCredentialsGrant>();
        services.AddSingleton<DemoIntegrationClients>();
        return services;
    }
}
