using System.Text.Json.Nodes;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime.Projections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Bpm.Engine.Tests.Projections.Notes;

/// <summary>A test read model in a module's own table (<see cref="NoteDbContext"/>): one row per active instance of its
/// process that has a <c>note</c> variable. With <see cref="FailOn"/> set, the row it returns for an instance whose
/// <c>note</c> equals it has no note, which the database refuses (NOT NULL): the step's commit fails after the
/// projection ran. With <see cref="ProjectsEndedInstances"/> (keepEnded) ended instances keep their rows.</summary>
public sealed class NoteProjection(string processId, IDbContextFactory<NoteDbContext> contexts, string? failOn = null, bool keepEnded = false)
    : IInstanceProjection
{
    private readonly Lazy<IModel> _model = new(() =>
    {
        using var context = contexts.CreateDbContext();
        return context.Model;
    });

    public string Name { get; } = "test-notes-" + processId;
    public int Version => 1;
    public Type RowType => typeof(NoteEntity);
    public IModel RowModel => _model.Value;
    public IReadOnlySet<string> ProcessIds { get; } = new HashSet<string> { processId };
    public string? FailOn { get; } = failOn;
    public bool ProjectsEndedInstances => keepEnded;

    public object? Project(ProjectedInstance instance)
    {
        if ((!keepEnded && instance.State != ProcessInstanceState.Active) || instance.Variables["note"] is not JsonValue value || !value.TryGetValue<string>(out var note))
            return null;
        return new NoteEntity { ProcessInstanceKey = instance.Key, Note = note == FailOn ? null! : note, Revision = instance.Revision };
    }
}
