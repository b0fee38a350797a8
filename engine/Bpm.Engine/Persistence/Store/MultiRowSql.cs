using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;

namespace Bpm.Engine.Persistence.Store;

/// <summary>Statements that write many rows of one table at once, for a commit that holds the rows of many steps (a merged
/// chunk of timers, a group commit): a multi-row INSERT, a DELETE by a key list, and a full-row UPDATE of many rows from a
/// VALUES list, optionally only where a column still holds an expected value (the instance revision). The caller checks
/// the row count of the DELETE and the checked UPDATE. The same text runs on SQLite (3.33+) and PostgreSQL; on PostgreSQL
/// the first row of a VALUES list is cast to the columns' types, so a column that is null in every row is still typed.</summary>
internal sealed class MultiRowSql(TableMap table)
{
    /// <summary>Parameters per statement at most (SQLite allows 32,766, PostgreSQL 65,535); longer lists take several.</summary>
    private const int MaxParameters = 4000;
    private readonly ConcurrentDictionary<int, string> _inserts = new();
    private readonly ConcurrentDictionary<int, string> _deletes = new();
    private readonly ConcurrentDictionary<(int Rows, bool Typed, string? Checked), string> _updates = new();

    /// <summary>Rows per statement for statements with <paramref name="parametersPerRow"/> parameters per row.</summary>
    public static int RowsPerStatement(int parametersPerRow) => Math.Max(1, MaxParameters / Math.Max(1, parametersPerRow));

    public int InsertRowsPerStatement => RowsPerStatement(table.InsertColumns.Count);
    public int UpdateRowsPerStatement => RowsPerStatement(table.UpdateColumns.Count + 2);
    public static int DeleteRowsPerStatement => MaxParameters;

    public PendingStatement Insert<T>(DbCommand factory, IReadOnlyList<T> rows) where T : class
    {
        var columns = table.InsertColumns;
        var sql = _inserts.GetOrAdd(rows.Count, count =>
        {
            var text = new StringBuilder(table.InsertSql.Length + count * columns.Count * 10);
            text.Append("INSERT INTO ").Append(table.Table).Append(" (").AppendJoin(", ", columns.Select(c => TableMap.Quote(c.Name))).Append(") VALUES ");
            for (var row = 0; row < count; row++)
            {
                if (row > 0) text.Append(", ");
                AppendRow(text, columns.Count, row, types: null);
            }
            return text.ToString();
        });
        var parameters = new DbParameter[rows.Count * columns.Count];
        for (var row = 0; row < rows.Count; row++)
            for (var column = 0; column < columns.Count; column++)
                parameters[row * columns.Count + column] = columns[column].CreateParameter(factory, Name(column, row), rows[row]);
        return new(sql, parameters);
    }

    /// <summary>Deletes the rows with these keys; with <paramref name="conflictIfMissing"/>, the statement fails the commit
    /// with that message unless it deleted every one of them.</summary>
    public PendingStatement Delete(DbCommand factory, IReadOnlyList<long> keys, string? conflictIfMissing)
    {
        var sql = _deletes.GetOrAdd(keys.Count, count =>
        {
            var text = new StringBuilder($"DELETE FROM {table.Table} WHERE {table.KeyColumn} IN (");
            for (var i = 0; i < count; i++) text.Append(i == 0 ? "" : ", ").Append(Name(0, i));
            return text.Append(')').ToString();
        });
        var parameters = new DbParameter[keys.Count];
        for (var i = 0; i < keys.Count; i++) parameters[i] = table.Key.CreateParameterForValue(factory, Name(0, i), keys[i]);
        return new(sql, parameters, Check: conflictIfMissing is null ? null : new RowCheck(keys.Count, conflictIfMissing));
    }

    /// <summary>Replaces every non-key column of the rows with these entities' values, each only where
    /// <paramref name="checkedColumn"/> still holds <paramref name="expected"/>(entity); the statement fails the commit unless
    /// it updated every row (else with <paramref name="conflict"/>).</summary>
    public PendingStatement UpdateChecked<T>(DbCommand factory, IReadOnlyList<T> rows, string checkedColumn, Func<T, object> expected, bool typed,
        string conflict)
        where T : class
    {
        var columns = table.UpdateColumns;
        var check = columns.First(c => c.Name == checkedColumn);
        var width = columns.Count + 2;
        var sql = _updates.GetOrAdd((rows.Count, typed, checkedColumn), key =>
        {
            var names = new[] { "k", "e" }.Concat(columns.Select((_, i) => "c" + i)).ToArray();
            var text = new StringBuilder("WITH v (").AppendJoin(", ", names).Append(") AS (VALUES ");
            var types = typed ? new[] { table.Key.StoreType, check.StoreType }.Concat(columns.Select(c => c.StoreType)).ToArray() : null;
            for (var row = 0; row < key.Rows; row++)
            {
                if (row > 0) text.Append(", ");
                AppendRow(text, width, row, row == 0 ? types : null);
            }
            text.Append(") UPDATE ").Append(table.Table).Append(" SET ")
                .AppendJoin(", ", columns.Select((c, i) => $"{TableMap.Quote(c.Name)} = v.c{i}"))
                .Append(" FROM v WHERE ").Append(table.Table).Append('.').Append(table.KeyColumn).Append(" = v.k AND ")
                .Append(table.Table).Append('.').Append(TableMap.Quote(checkedColumn)).Append(" = v.e");
            return text.ToString();
        });
        var parameters = new DbParameter[rows.Count * width];
        for (var row = 0; row < rows.Count; row++)
        {
            var at = row * width;
            parameters[at] = table.Key.CreateParameter(factory, Name(0, row), rows[row]);
            parameters[at + 1] = check.CreateParameterForValue(factory, Name(1, row), expected(rows[row]));
            for (var column = 0; column < columns.Count; column++)
                parameters[at + 2 + column] = columns[column].CreateParameter(factory, Name(column + 2, row), rows[row]);
        }
        return new(sql, parameters, Check: new RowCheck(rows.Count, conflict));
    }

    private static void AppendRow(StringBuilder text, int width, int row, string[]? types)
    {
        text.Append('(');
        for (var column = 0; column < width; column++)
        {
            if (column > 0) text.Append(", ");
            if (types is null) text.Append(Name(column, row));
            else text.Append("CAST(").Append(Name(column, row)).Append(" AS ").Append(types[column]).Append(')');
        }
        text.Append(')');
    }

    private static string Name(int column, int row) => ParameterNames.Of(column, row);
}
