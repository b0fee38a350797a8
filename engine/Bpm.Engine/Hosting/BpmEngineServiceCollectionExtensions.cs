using Bpm.Engine.Activities;
using Bpm.Engine.Deployment;
using Bpm.Engine.Expressions;
using Bpm.Engine.Jobs;
using Bpm.Engine.Parsing;
using Bpm.Engine.Persistence;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Time;
using Bpm.Engine.Timers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bpm.Engine.Hosting;

public static class BpmEngineServiceCollectionExtensions
{
    /// <summary>Registers the engine: persistence (SQLite by default, PostgreSQL by configuration), FEEL, the parser and model
    /// cache, the deployer, <see cref="IProcessEngine"/>, the job executor and its background worker. Activities are added
    /// separately with AddBpmActivities. The last <see cref="TimeProvider"/> registered, before or after this call, gives the engine's
    /// instants; the business zone comes from <c>Bpm:Engine:TimeZone</c> (<see cref="BusinessClock"/>).</summary>
    public static IServiceCollection AddBpmEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBpmPersistence(configuration);
        services.AddOptions<EngineOptions>().Bind(configuration.GetSection("Bpm:Engine")).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EngineOptions>, BusinessTimeZoneValidation>());
        if (configuration.GetValue<bool>("Bpm:Testing:ControllableClock"))
        {
            services.TryAddSingleton(new ControllableClock(TimeProvider.System));
            // Replace, not TryAdd: the host (e.g. authentication) may already have registered the system clock.
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(sp => sp.GetRequiredService<ControllableClock>()));
        }
        BusinessClockRegistration.TryAddBusinessClock(services);
        services.TryAddSingleton<FeelFunctionRegistry>();
        Calendar.CalendarServiceCollectionExtensions.AddBpmCalendar(services, configuration);
        services.TryAddSingleton(sp => new FeelEngine(sp.GetRequiredService<BusinessClock>(), sp.GetRequiredService<FeelFunctionRegistry>(),
            sp.GetRequiredService<IOptions<EngineOptions>>().Value.Evaluation));
        services.TryAddSingleton<BpmnParser>();
        services.TryAddSingleton<ProcessModelCache>();
        services.TryAddKeyGenerator();
        services.AddBpmActivities();
        services.TryAddSingleton(sp => new Forms.FormSchemaParser(sp.GetRequiredService<FeelEngine>()));
        services.TryAddSingleton<Forms.FormStore>();
        services.TryAddSingleton<Forms.FormCache>();
        services.TryAddSingleton(sp => new Forms.FormDeployer(sp.GetRequiredService<Forms.FormSchemaParser>(),
            sp.GetRequiredService<Forms.FormStore>(), sp.GetRequiredService<Forms.FormCache>(), sp.GetRequiredService<KeyGenerator>()));
        services.TryAddSingleton<Forms.IFormQueries, Forms.FormQueries>();
        Decisions.DecisionServiceCollectionExtensions.AddBpmDecisions(services);
        services.TryAddSingleton<Invariants.InvariantCatalogue>();
        services.TryAddSingleton<ProcessDeployer>();
        services.TryAddSingleton(sp => new EngineContext(
            sp.GetRequiredService<IEngineStore>(), sp.GetRequiredService<ProcessModelCache>(), sp.GetRequiredService<FeelEngine>(),
            sp.GetRequiredService<IActivityRegistry>(), sp.GetRequiredService<IActivityInvoker>(), sp.GetRequiredService<KeyGenerator>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<EngineOptions>>().Value,
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<EngineContext>>(), sp.GetRequiredService<Messaging.Store.MessageStore>(),
            sp.GetRequiredService<Forms.FormCache>())
        {
            BusinessClock = sp.GetRequiredService<BusinessClock>(),
            People = sp.GetRequiredService<People.IPeopleDirectory>(),
            CaseNumbers = sp.GetRequiredService<Queries.ICaseLabelNumbers>(),
            Decisions = sp.GetRequiredService<Decisions.Storage.DecisionCache>(),
            AssignmentRules = sp.GetRequiredService<UserTasks.AssignmentRuleChecker>(),
            Projections = sp.GetServices<Runtime.Projections.IInstanceProjection>().ToArray(),
            Modules = sp.GetServices<Runtime.Events.IKernelModule>().ToArray(),
            TimerHolds = sp.GetServices<Runtime.Events.ITimerHold>().ToArray(),
            MessageContracts = sp.GetRequiredService<Messaging.IMessageContracts>(),
        });
        // Domain modules on kernel events (Modules/, public API only), in the order they run.
        services.AddKernelModule<Modules.Notifications.UserTaskNotificationModule>();
        services.AddKernelModule<Modules.Deadlines.DeadlineModule>();
        services.AddKernelModule<Modules.Documents.CaseDocumentModule>();
        services.TryAddSingleton<Escalations.EscalationStore>();
        services.TryAddSingleton<Escalations.EscalationSteps>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Records.ICaseReadCases, Escalations.EscalationCaseReads>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Deployment.IDeploymentRule, Escalations.DisputePositionsHeaderRule>());
        // The heads' escalations are a module on the public pipeline: they run after the kernel's own handlers.
        services.AddKernelModule<Escalations.EscalationModule>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Runtime.Events.ITimerHold, Deadlines.PausedDeadlineTimerHold>());
        services.TryAddSingleton<Deadlines.DeadlineService>();
        services.TryAddSingleton<Deadlines.IDeadlineService>(sp => sp.GetRequiredService<Deadlines.DeadlineService>());
        services.TryAddSingleton<Deadlines.IStepDeadlines, Deadlines.StepDeadlines>();
        services.TryAddSingleton<Runtime.Events.IKernelCommands, Runtime.Execution.KernelCommands>();
        services.TryAddSingleton<Runtime.Projections.InstanceProjectionRebuilder>();
        services.TryAddSingleton<People.IPeopleDirectory, People.NoPeopleDirectory>();
        UserTasks.UserTaskServiceCollectionExtensions.AddBpmUserTasks(services, configuration);
        services.TryAddSingleton<Documents.CaseDocumentQueries>();
        services.TryAddSingleton<Messaging.Store.MessageStore>();
        services.TryAddSingleton<ProcessEngine>();
        services.TryAddSingleton<Messaging.IMessageCorrelator>(sp => sp.GetRequiredService<ProcessEngine>());
        services.TryAddSingleton<IProcessEngine>(sp => sp.GetRequiredService<ProcessEngine>());
        services.TryAddSingleton(sp => new JobExecutor(sp.GetRequiredService<EngineContext>(), sp.GetRequiredService<ProcessEngine>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<JobExecutor>>()));
        services.TryAddSingleton(sp => new Cluster.NodeRegistry(sp.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Persistence.BpmDbContext>>(),
            sp.GetRequiredService<IOptions<EngineOptions>>().Value, sp.GetRequiredService<KeyGenerator>(), sp.GetRequiredService<TimeProvider>()));
        // Before the job worker: a node whose number a live node holds stops before it locks any work.
        services.AddHostedService(sp => new Cluster.NodeHeartbeatService(sp.GetRequiredService<Cluster.NodeRegistry>(),
            sp.GetRequiredService<JobExecutor>(), sp.GetRequiredService<TimerSweep>(), sp.GetRequiredService<IOptions<EngineOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<Cluster.NodeHeartbeatService>>()));
        services.AddHostedService<JobWorkerService>();
        services.AddHostedService(sp => new JobNotificationListener(sp.GetRequiredService<JobExecutor>(),
            sp.GetRequiredService<Persistence.DatabaseOptions>(), sp.GetRequiredService<IOptions<EngineOptions>>().Value,
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<JobNotificationListener>>()));
        services.TryAddSingleton(sp => new TimerSweep(sp.GetRequiredService<EngineContext>(), sp.GetRequiredService<ProcessEngine>(),
            sp.GetRequiredService<ProcessDeployer>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<TimerSweep>>()));
        services.AddHostedService<TimerSweepService>();
        services.TryAddSingleton<Messaging.Outbox.OutboxStore>();
        services.TryAddSingleton<Messaging.IOutboxTransport, Messaging.Outbox.UndeliverableOutboxTransport>();
        services.TryAddSingleton<Messaging.IMessageContracts, Messaging.NoMessageContracts>();
        services.TryAddSingleton<Messaging.Outbox.OutboxDispatcher>();
        services.AddHostedService<Messaging.Outbox.OutboxDispatcherService>();
        services.TryAddSingleton<Messaging.Sweep.MessageSweep>();
        services.AddHostedService<Messaging.Sweep.MessageSweepService>();
        Records.RecordsServiceCollectionExtensions.AddBpmRecords(services, configuration);
        return services;
    }
}
