using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class AccessLogConfiguration : IEntityTypeConfiguration<AccessLogEntity>
{
    public void Configure(EntityTypeBuilder<AccessLogEntity> b)
    {
        b.ToTable("access_log");
        b.HasKey(x => x.Id).HasName("pk_access_log");
        b.Property(x => x.Id).HasColumnName("id").ValueGeneratedOnAdd();
        b.Property(x => x.At).HasColumnName("at");
        b.Property(x => x.Username).HasColumnName("username");
        b.Property(x => x.ProcessInstanceKey).HasColumnName("process_instance_key");
        b.Property(x => x.Resource).HasColumnName("resource");
        b.Property(x => x.Address).HasColumnName("address");
        b.Property(x => x.Reason).HasColumnName("reason");
        b.Property(x => x.ChainPosition).HasColumnName("chain_position");
        b.Property(x => x.PreviousHash).HasColumnName("previous_hash");
        b.Property(x => x.Hash).HasColumnName("hash");
        b.HasIndex(x => new { x.ProcessInstanceKey, x.At }).HasDatabaseName("ix_access_log_process_instance_key");
        b.HasIndex(x => new { x.Username, x.At }).HasDatabaseName("ix_access_log_username");
    }
}
