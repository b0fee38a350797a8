using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Server.Disclosure.Storage;

internal sealed class PublicDisclosureEntryConfiguration : IEntityTypeConfiguration<PublicDisclosureEntryEntity>
{
    public void Configure(EntityTypeBuilder<PublicDisclosureEntryEntity> b)
    {
        b.ToTable("public_disclosure_entries");
        b.HasKey(x => x.ProcessInstanceKey).HasName("pk_public_disclosure_entries");
        b.Property(x => x.ProcessInstanceKey).HasColumnName("process_instance_key").ValueGeneratedNever();
        b.Property(x => x.EntryId).HasColumnName("entry_id");
        b.Property(x => x.CaseNumber).HasColumnName("case_number");
        b.Property(x => x.DecisionNumber).HasColumnName("decision_number");
        b.Property(x => x.Category).HasColumnName("category");
        b.Property(x => x.Agency).HasColumnName("agency");
        b.Property(x => x.PartyName).HasColumnName("party_name");
        b.Property(x => x.PartyCreditCode).HasColumnName("party_credit_code");
        b.Property(x => x.DecisionSummary).HasColumnName("decision_summary");
        b.Property(x => x.LegalBasis).HasColumnName("legal_basis");
        b.Property(x => x.DecisionDate).HasColumnName("decision_date");
        b.Property(x => x.DecidedOn).HasColumnName("decided_on");
        b.Property(x => x.PublishedAt).HasColumnName("published_at");
        b.Property(x => x.BenchmarkDeviation).HasColumnName("benchmark_deviation");
        b.Property(x => x.DeviationReasoned).HasColumnName("deviation_reasoned");
        b.Property(x => x.CategoryKey).HasColumnName("category_key");
        b.Property(x => x.AgencyKey).HasColumnName("agency_key");
        b.Property(x => x.SearchText).HasColumnName("search_text");
        b.HasIndex(x => new { x.PublishedAt, x.EntryId }).IsDescending(true, false)
            .HasDatabaseName("ix_public_disclosure_entries_published_at_entry_id");
        b.HasIndex(x => new { x.CategoryKey, x.PublishedAt }).HasDatabaseName("ix_public_disclosure_entries_category_key");
        b.HasIndex(x => x.DecidedOn).HasDatabaseName("ix_public_disclosure_entries_decided_on");
    }
}
