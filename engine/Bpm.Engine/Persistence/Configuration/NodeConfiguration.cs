using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class NodeConfiguration : IEntityTypeConfiguration<NodeEntity>
{
    public void Configure(EntityTypeBuilder<NodeEntity> b)
    {
        b.ToTable("nodes");
        b.HasKey(x => x.NodeNumber).HasName("pk_nodes");
        b.Property(x => x.NodeNumber).HasColumnName("node_number").ValueGeneratedNever();
        b.Property(x => x.NodeId).HasColumnName("node_id");
        b.Property(x => x.Host).HasColumnName("host");
        b.Property(x => x.StartedAt).HasColumnName("started_at");
        b.Property(x => x.LastHeartbeat).HasColumnName("last_heartbeat");
        b.HasIndex(x => x.LastHeartbeat).HasDatabaseName("ix_nodes_last_heartbeat");
    }
}
