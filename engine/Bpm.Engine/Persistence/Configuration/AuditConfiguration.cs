using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class AuditConfiguration : IEntityTypeConfiguration<AuditEntity>
{
    public void Configure(EntityTypeBuilder<AuditEntity> b)
    {
        b.ToTable("audit_log");
        b.HasKey(x => x.Id).HasName("pk_audit_log");
        b.Property(x => x.Id).HasColumnName("id").ValueGeneratedOnAdd();
        b.Property(x => x.At).HasColumnName("at");
        b.Property(x => x.Actor).HasColumnName("actor");
        b.Property(x => x.Action).HasColumnName("action");
        b.Property(x => x.Entity).HasColumnName("entity");
        b.Property(x => x.EntityId).HasColumnName("entity_id");
        b.Property(x => x.Before).HasColumnName("before");
        b.Property(x => x.After).HasColumnName("after");
        b.Property(x => x.ChainPosition).HasColumnName("chain_position");
        b.Property(x => x.PreviousHash).HasColumnName("previous_hash");
        b.Property(x => x.Hash).HasColumnName("hash");
        b.HasIndex(x => new { x.Entity, x.EntityId }).HasDatabaseName("ix_audit_log_entity");
    }
}
