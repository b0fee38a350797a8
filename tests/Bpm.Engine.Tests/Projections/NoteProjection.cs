using System.Text.Json.Nodes;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.Projections;

namespace Bpm.Engine.Tests.Projections;

/// <summary>A test read model in the engine's public_disclosure_entries table: one row per active instance of its
/// process that has a <c>note</c> variable. With <see cref="FailOn"/> set, the row it returns for an instance whose
/// <c>note</c> equals it has no agency, which the database refuses (NOT NULL): the step's commit fails after the
/// projection ran.</summary>
internal sealed class NoteProjection(string processId, string? failOn = null) : IInstanceProjection
{
    public string Name { get; } = "test-notes-" + processId;
    public int Version => 1;
    public Type RowType => typeof(PublicDisclosureEntryEntity);
    public IReadOnlySet<string> ProcessIds { get; } = new HashSet<string> { processId };
    public string? FailOn { get; } = failOn;

    public object? Project(ProjectedInstance instance)
    {
        if (instance.State != "ACTIVE" || instance.Variables["note"] is not JsonValue value || !value.TryGetValue<string>(out var note))
            return null;
        return new PublicDisclosureEntryEntity
        {
            ProcessInstanceKey = instance.Key,
            EntryId = "note-" + instance.Key,
            Agency = note == FailOn ? null! : "test",
            AgencyKey = "test",
            PublishedAt = instance.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
            DecisionSummary = note,
            SearchText = note,
        };
    }
}
