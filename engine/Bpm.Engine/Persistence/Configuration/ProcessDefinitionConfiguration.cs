using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class ProcessDefinitionConfiguration : IEntityTypeConfiguration<ProcessDefinitionEntity>
{
    public void Configure(EntityTypeBuilder<ProcessDefinitionEntity> b)
    {
        b.ToTable("process_definitions");
        b.HasKey(x => x.Key).HasName("pk_process_definitions");
        b.Property(x => x.Key).HasColumnName("key").ValueGeneratedNever();
        b.Property(x => x.DeploymentKey).HasColumnName("deployment_key");
        b.Property(x => x.BpmnProcessId).HasColumnName("bpmn_process_id");
        b.Property(x => x.Version).HasColumnName("version");
        b.Property(x => x.Name).HasColumnName("name");
        b.Property(x => x.ResourceName).HasColumnName("resource_name");
        b.Property(x => x.Checksum).HasColumnName("checksum");
        b.Property(x => x.Xml).HasColumnName("xml");
        b.Property(x => x.DeployedAt).HasColumnName("deployed_at");
        b.HasIndex(x => new { x.BpmnProcessId, x.Version }).IsUnique().HasDatabaseName("ux_process_definitions_bpmn_process_id_version");
        b.HasIndex(x => x.BpmnProcessId).HasDatabaseName("ix_process_definitions_bpmn_process_id");
    }
}
