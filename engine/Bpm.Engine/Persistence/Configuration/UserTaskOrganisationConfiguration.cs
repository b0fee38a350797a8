using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class UserTaskOrganisationConfiguration : IEntityTypeConfiguration<UserTaskOrganisationEntity>
{
    public void Configure(EntityTypeBuilder<UserTaskOrganisationEntity> b)
    {
        b.ToTable("user_task_organisations");
        b.HasKey(x => new { x.TaskKey, x.OrganisationId }).HasName("pk_user_task_organisations");
        b.Property(x => x.TaskKey).HasColumnName("task_key").ValueGeneratedNever();
        b.Property(x => x.OrganisationId).HasColumnName("organisation_id");
        b.HasIndex(x => new { x.OrganisationId, x.TaskKey }).HasDatabaseName("ix_user_task_organisations_organisation_id");
    }
}
