namespace Bpm.Engine.Persistence;

/// <summary>A row a module adds to a step (<see cref="StepChangeSet.Insert{T}"/>) or changes in it
/// (<see cref="StepChangeSet.Track{T}(T, Microsoft.EntityFrameworkCore.Metadata.IModel)"/>): <see cref="Row"/>, an entity of
/// <see cref="RowType"/>, is written to the table its model maps it to, in the step's transaction.</summary>
public sealed class ModuleRow
{
    public required Type RowType { get; init; }
    /// <summary>The model mapping <see cref="RowType"/> when it is a module's own, not the engine's.</summary>
    public Microsoft.EntityFrameworkCore.Metadata.IModel? RowModel { get; init; }
    public required object Row { get; init; }
    /// <summary>An update of a stored row (by key) rather than an insert.</summary>
    public bool IsUpdate { get; init; }
    /// <summary>For an update: the values the model's concurrency-token columns held when the row was tracked, in the
    /// model's property order; the update must find them.</summary>
    public IReadOnlyList<object?> Expected { get; init; } = [];
}
