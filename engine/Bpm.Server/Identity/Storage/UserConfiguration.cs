using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Server.Identity.Storage;

internal sealed class UserConfiguration : IEntityTypeConfiguration<UserEntity>
{
    public void Configure(EntityTypeBuilder<UserEntity> b)
    {
        b.ToTable("users");
        b.HasKey(x => x.Username).HasName("pk_users");
        b.Property(x => x.Username).HasColumnName("username").ValueGeneratedNever();
        b.Property(x => x.DisplayName).HasColumnName("display_name");
        b.Property(x => x.PasswordHash).HasColumnName("password_hash");
        b.Property(x => x.Roles).HasColumnName("roles");
        b.Property(x => x.CreatedAt).HasColumnName("created_at");
        b.Property(x => x.OrganisationId).HasColumnName("organisation_id");
        b.Property(x => x.Groups).HasColumnName("groups");
        b.Property(x => x.EmploymentType).HasColumnName("employment_type");
        b.Property(x => x.QualificationNumber).HasColumnName("qualification_number");
        b.Property(x => x.QualificationObtainedOn).HasColumnName("qualification_obtained_on");
        b.Property(x => x.Active).HasColumnName("active");
        b.Property(x => x.SecurityStamp).HasColumnName("security_stamp");
        b.HasIndex(x => x.OrganisationId).HasDatabaseName("ix_users_organisation_id");
    }
}
