using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class UserTaskConfiguration : IEntityTypeConfiguration<UserTaskEntity>
{
    private static readonly string Open = StateText<UserTaskState>.SqlLiteral(UserTaskState.Created);

    public void Configure(EntityTypeBuilder<UserTaskEntity> b)
    {
        b.ToTable("user_tasks");
        b.HasKey(x => x.Key).HasName("pk_user_tasks");
        b.Property(x => x.Key).HasColumnName("key").ValueGeneratedNever();
        b.Property(x => x.ProcessInstanceKey).HasColumnName("process_instance_key");
        b.Property(x => x.ElementInstanceKey).HasColumnName("element_instance_key");
        b.Property(x => x.ElementId).HasColumnName("element_id");
        b.Property(x => x.Name).HasColumnName("name");
        b.Property(x => x.BpmnProcessId).HasColumnName("bpmn_process_id");
        b.Property(x => x.State).HasColumnName("state").HasConversion(new Conversion.StateTextConverter<States.UserTaskState>());
        b.Property(x => x.Assignee).HasColumnName("assignee");
        b.Property(x => x.CandidateGroups).HasColumnName("candidate_groups");
        b.Property(x => x.CandidateUsers).HasColumnName("candidate_users");
        b.Property(x => x.DueDate).HasColumnName("due_date");
        b.Property(x => x.FollowUpDate).HasColumnName("follow_up_date");
        b.Property(x => x.Priority).HasColumnName("priority");
        b.Property(x => x.FormKey).HasColumnName("form_key");
        b.Property(x => x.FormId).HasColumnName("form_id");
        b.Property(x => x.FormVersion).HasColumnName("form_version");
        b.Property(x => x.CreatedAt).HasColumnName("created_at");
        b.Property(x => x.CompletedAt).HasColumnName("completed_at");
        b.Property(x => x.OrganisationId).HasColumnName("organisation_id");
        b.Property(x => x.Owner).HasColumnName("owner");
        b.Property(x => x.DelegationState).HasColumnName("delegation_state").HasConversion(new Conversion.StateTextConverter<States.DelegationState>());
        b.Property(x => x.WarningAt).HasColumnName("warning_at");
        b.Property(x => x.WarnedAt).HasColumnName("warned_at");
        b.Property(x => x.OverdueAt).HasColumnName("overdue_at");
        b.Property(x => x.EscalationKey).HasColumnName("escalation_key");
        b.HasIndex(x => x.DueDate).HasDatabaseName("ix_user_tasks_open_overdue").HasFilter($"state = {Open} AND overdue_at IS NULL");
        b.HasIndex(x => new { x.Assignee, x.DueDate }).HasDatabaseName("ix_user_tasks_open_assignee_due_date").HasFilter($"state = {Open}");
        b.HasIndex(x => new { x.Key, x.DueDate, x.Priority, x.CreatedAt }).HasDatabaseName("ix_user_tasks_open_unassigned")
            .HasFilter($"state = {Open} AND assignee IS NULL");
        b.HasIndex(x => x.WarningAt).HasDatabaseName("ix_user_tasks_open_warning_at").HasFilter($"state = {Open} AND warned_at IS NULL");
        b.HasIndex(x => new { x.State, x.Assignee }).HasDatabaseName("ix_user_tasks_state_assignee");
        b.HasIndex(x => x.ProcessInstanceKey).HasDatabaseName("ix_user_tasks_process_instance_key");
        b.HasIndex(x => new { x.Assignee, x.ProcessInstanceKey }).HasDatabaseName("ix_user_tasks_assignee_instance").HasFilter("assignee IS NOT NULL");
        b.HasIndex(x => new { x.Owner, x.ProcessInstanceKey }).HasDatabaseName("ix_user_tasks_owner_instance").HasFilter("owner IS NOT NULL");
    }
}
