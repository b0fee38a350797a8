using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Bpm.Engine.Persistence;

/// <summary>The module API for rows of a module's own tables: a module inserts and changes them through the step, and they
/// commit in the step's transaction (docs/architecture.md, "a table a step writes").</summary>
public sealed partial class StepChangeSet : Runtime.Events.IModuleRows
{
    /// <summary>A module's new row, inserted in this step's transaction into the table <paramref name="model"/> (the
    /// engine's when null) maps <typeparamref name="T"/> to.</summary>
    public void Insert<T>(T row, IModel? model = null) where T : class =>
        ModuleRows.Add(new ModuleRow { RowType = typeof(T), RowModel = model, Row = row });

    /// <summary>Marks a row of a module's table that this step changes: written (every column) with the step, unless it is
    /// new in the step already; safe to call more than once. Call it BEFORE changing the row: the values of the columns
    /// <paramref name="model"/> marks as concurrency tokens are taken now, and the update must find the row still holding
    /// them, else the commit fails with <see cref="ConcurrencyConflictException"/> (someone else changed the row) and the
    /// step runs again on fresh state.</summary>
    public void Track<T>(T row, IModel model) where T : class
    {
        if (Find(row) is not null) return;
        var entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the module's model.");
        var expected = entity.GetProperties().Where(p => p.IsConcurrencyToken)
            .Select(p => p.GetGetter().GetClrValueUsingContainingEntity(row)).ToArray();
        ModuleRows.Add(new ModuleRow { RowType = typeof(T), RowModel = model, Row = row, IsUpdate = true, Expected = expected });
    }

    /// <summary>This step's rows of type <typeparamref name="T"/>, inserted or tracked: the versions that win over stored ones.</summary>
    public IEnumerable<T> RowsOf<T>() where T : class => ModuleRows.Select(r => r.Row).OfType<T>();

    /// <summary>Whether this step inserts <paramref name="row"/> (rather than changing a stored row).</summary>
    public bool IsNew(object row) => Find(row) is { IsUpdate: false };

    private ModuleRow? Find(object row) => ModuleRows.Find(r => ReferenceEquals(r.Row, row));
}
