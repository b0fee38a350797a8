using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Server.Identity.Storage;

internal sealed class TrainingConfiguration : IEntityTypeConfiguration<TrainingEntity>
{
    public void Configure(EntityTypeBuilder<TrainingEntity> b)
    {
        b.ToTable("user_trainings");
        b.HasKey(x => new { x.Username, x.Session, x.Date }).HasName("pk_user_trainings");
        b.Property(x => x.Username).HasColumnName("username").ValueGeneratedNever();
        b.Property(x => x.Session).HasColumnName("session").ValueGeneratedNever();
        b.Property(x => x.Date).HasColumnName("date").ValueGeneratedNever();
        b.Property(x => x.Hours).HasColumnName("hours");
    }
}
