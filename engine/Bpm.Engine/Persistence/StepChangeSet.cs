using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.Persistence;

/// <summary>Everything one step changes, written by <see cref="IEngineStore.CommitAsync"/> in ONE transaction.
/// Updated instances carry their new revision; the write checks that the stored revision is the new one minus one.</summary>
public sealed partial class StepChangeSet
{
    public List<ProcessInstanceEntity> InsertedInstances { get; } = [];
    public List<ProcessInstanceEntity> UpdatedInstances { get; } = [];
    public List<JobEntity> InsertedJobs { get; } = [];
    public List<JobEntity> UpdatedJobs { get; } = [];
    public List<long> DeletedJobKeys { get; } = [];
    public List<UserTaskEntity> InsertedUserTasks { get; } = [];
    public List<UserTaskEntity> UpdatedUserTasks { get; } = [];
    public List<SubscriptionEntity> InsertedSubscriptions { get; } = [];
    public List<long> DeletedSubscriptionKeys { get; } = [];
    /// <summary>Timers fired by this step: deleted like <see cref="DeletedSubscriptionKeys"/>, but a row that is already
    /// gone fails the step with <see cref="ConcurrencyConflictException"/> (another node fired it first).</summary>
    public List<long> FiredSubscriptionKeys { get; } = [];
    public List<IncidentEntity> InsertedIncidents { get; } = [];
    public List<IncidentEntity> UpdatedIncidents { get; } = [];
    public List<JournalEntity> Journal { get; } = [];
    public List<OutboxMessageEntity> Outbox { get; } = [];
    public List<MessageEntity> InsertedMessages { get; } = [];
    /// <summary>A message correlated to a process; a second row for the same (message, process) fails the step with
    /// <see cref="ConcurrencyConflictException"/> (another step correlated it first).</summary>
    public List<MessageCorrelationEntity> InsertedCorrelations { get; } = [];
    public List<InboxMessageEntity> InsertedInbox { get; } = [];
    public List<InboxMessageEntity> UpdatedInbox { get; } = [];
    /// <summary>Candidates of new tasks. Those of a task in <see cref="UpdatedUserTasks"/> that has ended are deleted.</summary>
    public List<UserTaskCandidateEntity> InsertedTaskCandidates { get; } = [];
    public List<UserTaskOrganisationEntity> InsertedTaskOrganisations { get; } = [];
    public List<UserTaskHistoryEntity> TaskHistory { get; } = [];
    public List<UserTaskCommentEntity> InsertedComments { get; } = [];
    public List<UserTaskAttachmentEntity> InsertedAttachments { get; } = [];
    public List<NotificationEntity> InsertedNotifications { get; } = [];
    /// <summary>Rows of modules' tables this step inserts (<see cref="Insert{T}"/>) or updates (<see cref="Track{T}(T, IModel)"/>),
    /// so a module's table needs no list here and no writer in the committer.</summary>
    public List<ModuleRow> ModuleRows { get; } = [];
    /// <summary>Rows of instance projections (read models) for the instances this step changed: written or deleted in the
    /// same transaction (see <see cref="Runtime.Projections.IInstanceProjection"/>).</summary>
    public List<ProjectedRow> ProjectedRows { get; } = [];

    /// <summary>Appends everything <paramref name="other"/> changes (group commit writes several steps as one).</summary>
    public void AddFrom(StepChangeSet other)
    {
        InsertedInstances.AddRange(other.InsertedInstances);
        UpdatedInstances.AddRange(other.UpdatedInstances);
        InsertedJobs.AddRange(other.InsertedJobs);
        UpdatedJobs.AddRange(other.UpdatedJobs);
        DeletedJobKeys.AddRange(other.DeletedJobKeys);
        InsertedUserTasks.AddRange(other.InsertedUserTasks);
        UpdatedUserTasks.AddRange(other.UpdatedUserTasks);
        InsertedSubscriptions.AddRange(other.InsertedSubscriptions);
        DeletedSubscriptionKeys.AddRange(other.DeletedSubscriptionKeys);
        FiredSubscriptionKeys.AddRange(other.FiredSubscriptionKeys);
        InsertedIncidents.AddRange(other.InsertedIncidents);
        UpdatedIncidents.AddRange(other.UpdatedIncidents);
        Journal.AddRange(other.Journal);
        Outbox.AddRange(other.Outbox);
        InsertedMessages.AddRange(other.InsertedMessages);
        InsertedCorrelations.AddRange(other.InsertedCorrelations);
        InsertedInbox.AddRange(other.InsertedInbox);
        UpdatedInbox.AddRange(other.UpdatedInbox);
        InsertedTaskCandidates.AddRange(other.InsertedTaskCandidates);
        InsertedTaskOrganisations.AddRange(other.InsertedTaskOrganisations);
        TaskHistory.AddRange(other.TaskHistory);
        InsertedComments.AddRange(other.InsertedComments);
        InsertedAttachments.AddRange(other.InsertedAttachments);
        InsertedNotifications.AddRange(other.InsertedNotifications);
        ModuleRows.AddRange(other.ModuleRows);
        ProjectedRows.AddRange(other.ProjectedRows);
    }

    public bool IsEmpty =>
        InsertedInstances.Count + UpdatedInstances.Count + InsertedJobs.Count + UpdatedJobs.Count + DeletedJobKeys.Count
        + InsertedUserTasks.Count + UpdatedUserTasks.Count + InsertedSubscriptions.Count + DeletedSubscriptionKeys.Count + FiredSubscriptionKeys.Count
        + InsertedIncidents.Count + UpdatedIncidents.Count + Journal.Count + Outbox.Count
        + InsertedMessages.Count + InsertedCorrelations.Count + InsertedInbox.Count + UpdatedInbox.Count
        + InsertedTaskCandidates.Count + InsertedTaskOrganisations.Count + TaskHistory.Count + InsertedComments.Count
        + InsertedAttachments.Count + InsertedNotifications.Count + ModuleRows.Count + ProjectedRows.Count == 0;
}
