using Bpm.Engine.Persistence.Configuration;
using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Persistence;

/// <summary>The engine's tables. The schema itself comes from the hand-written scripts in Migrations/; a test proves both agree.</summary>
public sealed class BpmDbContext(DbContextOptions<BpmDbContext> options) : DbContext(options)
{
    public DbSet<DeploymentEntity> Deployments => Set<DeploymentEntity>();
    public DbSet<ProcessDefinitionEntity> ProcessDefinitions => Set<ProcessDefinitionEntity>();
    public DbSet<FormEntity> Forms => Set<FormEntity>();
    public DbSet<DecisionDefinitionEntity> DecisionDefinitions => Set<DecisionDefinitionEntity>();
    public DbSet<ProcessInstanceEntity> ProcessInstances => Set<ProcessInstanceEntity>();
    public DbSet<JobEntity> Jobs => Set<JobEntity>();
    public DbSet<UserTaskEntity> UserTasks => Set<UserTaskEntity>();
    public DbSet<SubscriptionEntity> Subscriptions => Set<SubscriptionEntity>();
    public DbSet<IncidentEntity> Incidents => Set<IncidentEntity>();
    public DbSet<JournalEntity> Journal => Set<JournalEntity>();
    public DbSet<OutboxMessageEntity> Outbox => Set<OutboxMessageEntity>();
    public DbSet<MessageEntity> Messages => Set<MessageEntity>();
    public DbSet<MessageCorrelationEntity> MessageCorrelations => Set<MessageCorrelationEntity>();
    public DbSet<InboxMessageEntity> Inbox => Set<InboxMessageEntity>();
    public DbSet<UserTaskCandidateEntity> UserTaskCandidates => Set<UserTaskCandidateEntity>();
    public DbSet<UserTaskOrganisationEntity> UserTaskOrganisations => Set<UserTaskOrganisationEntity>();
    public DbSet<UserTaskHistoryEntity> UserTaskHistory => Set<UserTaskHistoryEntity>();
    public DbSet<UserTaskCommentEntity> UserTaskComments => Set<UserTaskCommentEntity>();
    public DbSet<UserTaskAttachmentEntity> UserTaskAttachments => Set<UserTaskAttachmentEntity>();
    public DbSet<NotificationEntity> Notifications => Set<NotificationEntity>();
    public DbSet<EscalationEntity> Escalations => Set<EscalationEntity>();
    public DbSet<CaseDocumentEntity> Documents => Set<CaseDocumentEntity>();
    public DbSet<CalendarYearEntity> CalendarYears => Set<CalendarYearEntity>();
    public DbSet<AuditEntity> Audit => Set<AuditEntity>();
    public DbSet<InstanceProjectionEntity> InstanceProjections => Set<InstanceProjectionEntity>();
    public DbSet<NodeEntity> Nodes => Set<NodeEntity>();
    public DbSet<RecordChainEntity> RecordChains => Set<RecordChainEntity>();
    public DbSet<AccessLogEntity> AccessLog => Set<AccessLogEntity>();
    public DbSet<RecordAnchorEntity> RecordAnchors => Set<RecordAnchorEntity>();
    public DbSet<RecordAnchorLeafEntity> RecordAnchorLeaves => Set<RecordAnchorLeafEntity>();
    public DbSet<CaseCommentEntity> CaseComments => Set<CaseCommentEntity>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseBpmConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BpmDbContext).Assembly,
            t => t.Namespace == typeof(JobConfiguration).Namespace);
}
