using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Tests.Projections.Notes;

/// <summary>A module's own context on the engine's database, as a domain module keeps its read model.</summary>
public sealed class NoteDbContext(DbContextOptions<NoteDbContext> options) : DbContext(options)
{
    public DbSet<NoteEntity> Notes => Set<NoteEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var note = modelBuilder.Entity<NoteEntity>();
        note.ToTable("test_instance_notes");
        note.HasKey(x => x.ProcessInstanceKey);
        note.Property(x => x.ProcessInstanceKey).HasColumnName("process_instance_key").ValueGeneratedNever();
        note.Property(x => x.Note).HasColumnName("note");
        // The module's row check: a step's update of a note must find the revision it read (StepChangeSet.Track).
        note.Property(x => x.Revision).HasColumnName("revision").IsConcurrencyToken();
    }
}
