namespace Bpm.Engine.Tests.Projections.Notes;

/// <summary>A test module's read-model row: the <c>note</c> variable of an active instance and the revision it was read at.</summary>
public sealed class NoteEntity
{
    public long ProcessInstanceKey { get; set; }
    public string Note { get; set; } = "";
    public long Revision { get; set; }
}
