namespace Bpm.Engine.Persistence;

/// <summary>One instance projection's row for one instance: <see cref="Row"/> (an entity of <see cref="RowType"/>, keyed by
/// the instance key) is inserted or replaced; null deletes the instance's row.</summary>
public sealed class ProjectedRow
{
    public Type RowType { get; init; } = typeof(object);
    /// <summary>The model mapping <see cref="RowType"/> when it is a module's, not the engine's.</summary>
    public Microsoft.EntityFrameworkCore.Metadata.IModel? RowModel { get; init; }
    public long InstanceKey { get; init; }
    public object? Row { get; init; }
}
