using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Bpm.Engine.Persistence.Store;

/// <summary>The statements that write <see cref="ProjectedRow"/>s (an upsert of the row or a delete by instance key) and
/// <see cref="ModuleRow"/>s (an insert, or an update that must find the row unchanged), on the table the EF model maps the row type to (the engine's, or the module's
/// model the row names).</summary>
internal sealed class ProjectionTables(IModel model)
{
    private readonly ConcurrentDictionary<Type, TableMap> _tables = new();

    public TableMap For(Type rowType, IModel? rowModel = null) => _tables.GetOrAdd(rowType, type => new TableMap(
        (rowModel ?? model).FindEntityType(type) ?? throw new InvalidOperationException($"Projection rows of type {type.Name} are not in the model.")));

    public PendingStatement Statement(DbCommand factory, ProjectedRow row)
    {
        var table = For(row.RowType, row.RowModel);
        return row.Row is null
            ? new(table.DeleteSql, table.DeleteParameters(factory, row.InstanceKey))
            : new(table.UpsertSql, table.InsertParameters(factory, row.Row));
    }

    public PendingStatement Insert(DbCommand factory, ModuleRow row)
    {
        var table = For(row.RowType, row.RowModel);
        return new(table.InsertSql, table.InsertParameters(factory, row.Row));
    }

    /// <summary>The update of a tracked row: it must touch the row, which must still hold the concurrency tokens' values it
    /// was tracked with, else the commit fails as a conflict.</summary>
    public PendingStatement Update(DbCommand factory, ModuleRow row)
    {
        var table = For(row.RowType, row.RowModel);
        return new(table.CheckedUpdateSql, table.CheckedUpdateParameters(factory, row.Row, row.Expected),
            Check: new RowCheck(1, $"A row of {table.Table} was changed or removed by another step."));
    }
}
