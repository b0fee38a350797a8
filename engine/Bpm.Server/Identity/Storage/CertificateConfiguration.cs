using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Server.Identity.Storage;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<CertificateEntity>
{
    public void Configure(EntityTypeBuilder<CertificateEntity> b)
    {
        b.ToTable("user_certificates");
        b.HasKey(x => x.Number).HasName("pk_user_certificates");
        b.Property(x => x.Number).HasColumnName("number").ValueGeneratedNever();
        b.Property(x => x.Username).HasColumnName("username");
        b.Property(x => x.Type).HasColumnName("type");
        b.Property(x => x.IssuedBy).HasColumnName("issued_by");
        b.Property(x => x.ValidFrom).HasColumnName("valid_from");
        b.Property(x => x.ValidTo).HasColumnName("valid_to");
        b.Property(x => x.Status).HasColumnName("status");
        b.HasIndex(x => x.Username).HasDatabaseName("ix_user_certificates_username");
    }
}
