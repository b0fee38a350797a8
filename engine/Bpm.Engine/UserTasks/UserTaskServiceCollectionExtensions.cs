using Bpm.Engine.Persistence;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bpm.Engine.UserTasks;

public static class UserTaskServiceCollectionExtensions
{
    /// <summary>The user-task service, attachments (<c>Bpm:Attachments</c>), notifications with the logging channel, and the
    /// due-soon sweep. Further channels: register more <see cref="INotificationChannel"/>s.</summary>
    public static IServiceCollection AddBpmUserTasks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AttachmentOptions>().Bind(configuration.GetSection("Bpm:Attachments"));
        services.TryAddSingleton<Storage.IContentBlobStore, Storage.FileContentBlobStore>();
        services.TryAddSingleton<AttachmentStore>();
        services.TryAddSingleton<AttachmentQuota>();
        services.TryAddSingleton<AssignmentRuleChecker>();
        services.TryAddSingleton<Invariants.InvariantChecker>();
        services.TryAddSingleton<Invariants.ClosedTaskAnswer>();
        services.TryAddSingleton<UserTaskService>();
        services.TryAddSingleton<IUserTaskService>(sp => sp.GetRequiredService<UserTaskService>());
        services.TryAddSingleton<Escalations.IEscalationService, Escalations.EscalationService>();
        services.TryAddSingleton<Cases.ICaseAccessPolicy, Cases.OwnUnitCaseAccessPolicy>();
        services.TryAddSingleton<Cases.ICaseAccessService, Cases.CaseAccessService>();
        services.TryAddSingleton<Cases.ICaseCommentService, Cases.CaseCommentService>();
        services.TryAddSingleton<INotificationService, NotificationService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INotificationChannel, LoggingNotificationChannel>());
        services.AddHostedService<NotificationDeliveryService>();
        services.TryAddSingleton(sp => new DueSoonSweep(sp.GetRequiredService<ProcessEngine>(), sp.GetRequiredService<EngineContext>(),
            sp.GetRequiredService<IDbContextFactory<BpmDbContext>>()));
        services.TryAddSingleton(sp => new OverdueSweep(sp.GetRequiredService<ProcessEngine>(), sp.GetRequiredService<EngineContext>(),
            sp.GetRequiredService<IDbContextFactory<BpmDbContext>>()));
        services.AddHostedService<DueSoonSweepService>();
        return services;
    }
}
