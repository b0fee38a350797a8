using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class MessageCorrelationConfiguration : IEntityTypeConfiguration<MessageCorrelationEntity>
{
    public const string OncePerProcessIndex = "ux_message_correlations_message_process";

    public void Configure(EntityTypeBuilder<MessageCorrelationEntity> b)
    {
        b.ToTable("message_correlations");
        b.HasKey(x => x.Key).HasName("pk_message_correlations");
        b.Property(x => x.Key).HasColumnName("key").ValueGeneratedNever();
        b.Property(x => x.MessageKey).HasColumnName("message_key");
        b.Property(x => x.BpmnProcessId).HasColumnName("bpmn_process_id");
        b.Property(x => x.ProcessInstanceKey).HasColumnName("process_instance_key");
        b.Property(x => x.CorrelatedAt).HasColumnName("correlated_at");
        b.HasIndex(x => new { x.MessageKey, x.BpmnProcessId }).IsUnique().HasDatabaseName(OncePerProcessIndex);
    }
}
