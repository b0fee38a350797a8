using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Server.Identity.Storage;

internal sealed class IntegrationClientConfiguration : IEntityTypeConfiguration<IntegrationClientEntity>
{
    public void Configure(EntityTypeBuilder<IntegrationClientEntity> b)
    {
        b.ToTable("integration_clients");
        b.HasKey(x => x.ClientId).HasName("pk_integration_clients");
        b.Property(x => x.ClientId).HasColumnName("client_id");
        b.Property(x => x.Name).HasColumnName("name");
        b.Property(x => x.OrganisationId).HasColumnName("organisation_id");
        b.Property(x => x.Scopes).HasColumnName("scopes");
        b.Property(x => x.SecretHash).HasColumnName("secret_hash");
        b.Property(x => x.Active).HasColumnName("active");
        b.Property(x => x.CreatedAt).HasColumnName("created_at");
        b.Property(x => x.CreatedBy).HasColumnName("created_by");
        b.Property(x => x.DisabledAt).HasColumnName("disabled_at");
    }
}
