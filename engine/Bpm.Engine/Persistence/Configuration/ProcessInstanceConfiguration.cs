using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class ProcessInstanceConfiguration : IEntityTypeConfiguration<ProcessInstanceEntity>
{
    public const string StartKeyIndex = "ux_process_instances_start_key";

    public void Configure(EntityTypeBuilder<ProcessInstanceEntity> b)
    {
        b.ToTable("process_instances");
        b.HasKey(x => x.Key).HasName("pk_process_instances");
        b.Property(x => x.Key).HasColumnName("key").ValueGeneratedNever();
        b.Property(x => x.ProcessDefinitionKey).HasColumnName("process_definition_key");
        b.Property(x => x.BpmnProcessId).HasColumnName("bpmn_process_id");
        b.Property(x => x.Version).HasColumnName("version");
        b.Property(x => x.BusinessKey).HasColumnName("business_key");
        b.Property(x => x.State).HasColumnName("state").HasConversion(new Conversion.StateTextConverter<States.ProcessInstanceState>());
        b.Property(x => x.StartedAt).HasColumnName("started_at");
        b.Property(x => x.EndedAt).HasColumnName("ended_at");
        b.Property(x => x.Revision).HasColumnName("revision");
        b.Property(x => x.HistoryEntries).HasColumnName("history_entries");
        b.Property(x => x.HistoryHeadHash).HasColumnName("history_head_hash").StoredAsBytes();
        b.Property(x => x.HistoryAnchorPending).HasColumnName("history_anchor_pending");
        b.Property(x => x.StateData).HasColumnName("state_data");
        b.Property(x => x.ActiveElementIds).HasColumnName("active_element_ids");
        b.Property(x => x.HasIncident).HasColumnName("has_incident");
        b.Property(x => x.ParentInstanceKey).HasColumnName("parent_instance_key");
        b.Property(x => x.ParentElementInstanceKey).HasColumnName("parent_element_instance_key");
        b.Property(x => x.StartCorrelationKey).HasColumnName("start_correlation_key");
        b.Property(x => x.OrganisationId).HasColumnName("organisation_id");
        b.Property(x => x.StartedBy).HasColumnName("started_by");
        b.HasIndex(x => new { x.BpmnProcessId, x.StartCorrelationKey }).IsUnique()
            .HasFilter($"state = {StateText<ProcessInstanceState>.SqlLiteral(ProcessInstanceState.Active)} AND start_correlation_key IS NOT NULL").HasDatabaseName(StartKeyIndex);
        b.HasIndex(x => x.State).HasDatabaseName("ix_process_instances_state");
        b.HasIndex(x => new { x.BpmnProcessId, x.State }).HasDatabaseName("ix_process_instances_bpmn_process_id_state");
        b.HasIndex(x => x.BusinessKey).HasDatabaseName("ix_process_instances_business_key");
        b.HasIndex(x => x.ParentInstanceKey).HasDatabaseName("ix_process_instances_parent_instance_key");
        b.HasIndex(x => x.ProcessDefinitionKey).HasDatabaseName("ix_process_instances_process_definition_key");
        b.HasIndex(x => new { x.OrganisationId, x.Key }).HasDatabaseName("ix_process_instances_organisation_id");
    }
}
