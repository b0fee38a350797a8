using System.Text.Json.Serialization;
using Bpm.Server.Auth;
using Bpm.Server.Integration;
using Bpm.Server.Problems;
using Bpm.Server.Templates;
using Microsoft.AspNetCore.Http.Json;

namespace Bpm.Server.Startup;

/// <summary>Registers everything the HTTP server adds around the engine.</summary>
public static class ServerServiceCollectionExtensions
{
    public static IServiceCollection AddBpmServer(this IServiceCollection services, IConfiguration configuration)
    {
        // Runs first among hosted services: migrations, admin seed, workflow deployment.
        services.AddHostedService<ServerStartupService>();
        services.AddHostedService<StartupBanner>();

        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        // Binding failures (bad query values, unreadable bodies) reach the exception handler and become problem details.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddHealthChecks();
        services.AddBpmResponseCompression();

        services.AddBpmAuthentication(configuration);
        services.AddBpmIntegrationClients();
        services.AddSingleton<WorkflowLocator>();
        services.AddSingleton<WorkflowDeployer>();
        Disclosure.DisclosureServiceCollectionExtensions.AddDisclosureModule(services);
        Identity.IdentityServiceCollectionExtensions.AddIdentityModule(services);
        services.AddSingleton<SqliteDirectoryPreparer>();
        services.AddSingleton<Records.CaseFiles.CaseFileContents>();
        services.AddSingleton<Records.CaseFiles.CaseFileWriter>();
        Discretion.DiscretionServiceCollectionExtensions.AddDiscretionModule(services);
        Records.Storage.EvidenceStorageServiceCollectionExtensions.AddBpmEvidenceStorage(services, configuration);
        services.AddSingleton<ProductionStartGuard>();
        services.AddSingleton<IElementTemplateSource, DescriptorElementTemplateSource>();
        services.AddSingleton<Bpm.Engine.Deployment.IDeploymentRule, Deployment.UserTaskPerformerRule>();
        services.AddBpmDatabaseServices(configuration);
        return services;
    }
}
