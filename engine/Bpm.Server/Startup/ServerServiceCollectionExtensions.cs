using System.Text.Json.Serialization;
using Bpm.Server.Auth;
using Bpm.Server.Integration;
using Bpm.Server.Problems;
using Bpm.Server.Templates;
using Microsoft.AspNetCore.Http.Json;

namespace Bpm.Server.Startup;

/// <summary>Registers everything the HTTP server adds around the engine, with the server's own modules and activities. A
/// host may call it before or after AddBpmEngine, AddBpmActivities, AddBpmEnforcementOptions, AddBpmDocuments and AddBpmBus:
/// every order gives the same services (RegistrationOrderTests).</summary>
public static class ServerServiceCollectionExtensions
{
    public static IServiceCollection AddBpmServer(this IServiceCollection services, IConfiguration configuration)
    {
        // The first hosted service whatever the order of the host's calls: migrations, admin seed and workflow deployment
        // finish before the engine's hosted services (job worker, timer sweep) start.
        if (!services.Any(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(ServerStartupService)))
            services.Insert(0, ServiceDescriptor.Singleton<IHostedService, ServerStartupService>());
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
        Bpm.Enforcement.EnforcementServiceCollectionExtensions.AddBpmEnforcement(services, configuration);
        services.AddSingleton<SqliteDirectoryPreparer>();
        services.AddSingleton<Records.CaseFiles.CaseFileContents>();
        services.AddSingleton<Records.CaseFiles.CaseFileWriter>();
        Discretion.DiscretionServiceCollectionExtensions.AddDiscretionModule(services);
        Discretion.DiscretionServiceCollectionExtensions.AddDiscretionActivities(services);
        Records.Storage.EvidenceStorageServiceCollectionExtensions.AddBpmEvidenceStorage(services, configuration);
        services.AddSingleton<ProductionStartGuard>();
        services.AddSingleton<IElementTemplateSource, DescriptorElementTemplateSource>();
        services.AddSingleton<Bpm.Engine.Deployment.IDeploymentRule, Deployment.UserTaskPerformerRule>();
        services.AddSingleton<Bpm.Engine.Deployment.IDeploymentRule, Deployment.RoleCodeCandidateGroupRule>();
        services.AddBpmDatabaseServices(configuration);
        return services;
    }
}
