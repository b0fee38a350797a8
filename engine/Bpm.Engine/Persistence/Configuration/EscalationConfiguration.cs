using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class EscalationConfiguration : IEntityTypeConfiguration<EscalationEntity>
{
    public void Configure(EntityTypeBuilder<EscalationEntity> b)
    {
        b.ToTable("escalations");
        b.HasKey(x => x.Key).HasName("pk_escalations");
        b.Property(x => x.Key).HasColumnName("key").ValueGeneratedNever();
        b.Property(x => x.ProcessInstanceKey).HasColumnName("process_instance_key");
        b.Property(x => x.BpmnProcessId).HasColumnName("bpmn_process_id");
        b.Property(x => x.BusinessKey).HasColumnName("business_key");
        b.Property(x => x.OrganisationId).HasColumnName("organisation_id");
        b.Property(x => x.Reason).HasColumnName("reason");
        b.Property(x => x.Code).HasColumnName("code");
        b.Property(x => x.Message).HasColumnName("message");
        b.Property(x => x.OriginTaskKey).HasColumnName("origin_task_key");
        b.Property(x => x.OriginElementId).HasColumnName("origin_element_id");
        b.Property(x => x.OriginName).HasColumnName("origin_name");
        b.Property(x => x.OriginAssignee).HasColumnName("origin_assignee");
        b.Property(x => x.OriginDueDate).HasColumnName("origin_due_date");
        b.Property(x => x.Positions).HasColumnName("positions");
        b.Property(x => x.DecisionTaskKey).HasColumnName("decision_task_key");
        b.Property(x => x.State).HasColumnName("state").HasConversion(new Conversion.StateTextConverter<Escalations.EscalationState>())
            .IsConcurrencyToken();
        b.Property(x => x.Resolution).HasColumnName("resolution");
        b.Property(x => x.ResolutionDetails).HasColumnName("resolution_details");
        b.Property(x => x.ResolvedBy).HasColumnName("resolved_by");
        b.Property(x => x.ResolvedAt).HasColumnName("resolved_at");
        b.Property(x => x.CreatedAt).HasColumnName("created_at");
        b.HasIndex(x => x.ProcessInstanceKey).HasDatabaseName("ix_escalations_process_instance_key");
        b.HasIndex(x => x.OriginTaskKey).HasDatabaseName("ix_escalations_origin_task_key");
        b.HasIndex(x => x.DecisionTaskKey).HasDatabaseName("ix_escalations_decision_task_key");
        b.HasIndex(x => new { x.State, x.Key }).HasDatabaseName("ix_escalations_state_key");
    }
}
