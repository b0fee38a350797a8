namespace Bpm.Engine.Persistence;

/// <summary>A row a module adds to a step (<see cref="StepChangeSet.Insert{T}"/>): <see cref="Row"/>, an entity of
/// <see cref="RowType"/>, is inserted into the table its model maps it to, in the step's transaction.</summary>
public sealed class ModuleRow
{
    public required Type RowType { get; init; }
    /// <summary>The model mapping <see cref="RowType"/> when it is a module's own, not the engine's.</summary>
    public Microsoft.EntityFrameworkCore.Metadata.IModel? RowModel { get; init; }
    public required object Row { get; init; }
}
