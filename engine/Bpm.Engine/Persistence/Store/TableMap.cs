using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Bpm.Engine.Persistence.Store;

/// <summary>INSERT / full-row UPDATE / DELETE statements for one entity, generated once from the EF model so they
/// always use the model's table, columns and value conversions.</summary>
internal sealed class TableMap
{
    private readonly ColumnMap[] _insertColumns;
    private readonly ColumnMap[] _updateColumns;
    private readonly ColumnMap _key;
    private readonly ColumnMap[] _tokens;

    public TableMap(IEntityType entityType, string? extraUpdateCondition = null)
    {
        var table = Quote(entityType.GetTableName()!);
        // Tables with a composite key are only inserted into; update and delete by key use the first key column.
        var keyProperty = entityType.FindPrimaryKey()!.Properties[0];
        _key = new ColumnMap(keyProperty);
        var all = entityType.GetProperties().ToArray();
        _insertColumns = all.Where(p => p.ValueGenerated == ValueGenerated.Never || !p.IsPrimaryKey())
            .Select(p => new ColumnMap(p)).ToArray();
        _updateColumns = all.Where(p => !p.IsPrimaryKey()).Select(p => new ColumnMap(p)).ToArray();
        _tokens = all.Where(p => p.IsConcurrencyToken).Select(p => new ColumnMap(p)).ToArray();

        InsertSql = $"INSERT INTO {table} ({string.Join(", ", _insertColumns.Select(c => Quote(c.Name)))}) "
            + $"VALUES ({string.Join(", ", _insertColumns.Select((_, i) => "@p" + i))})";
        UpdateSql = $"UPDATE {table} SET {string.Join(", ", _updateColumns.Select((c, i) => $"{Quote(c.Name)} = @p{i}"))} "
            + $"WHERE {Quote(_key.Name)} = @key" + (extraUpdateCondition is null ? "" : " AND " + extraUpdateCondition);
        DeleteSql = $"DELETE FROM {table} WHERE {Quote(_key.Name)} = @key";
        CheckedUpdateSql = $"UPDATE {table} SET {string.Join(", ", _updateColumns.Select((c, i) => $"{Quote(c.Name)} = @p{i}"))} "
            + $"WHERE {Quote(_key.Name)} = @key" + string.Concat(_tokens.Select((c, i) => $" AND {Quote(c.Name)} = @t{i}"));
        // Both SQLite (3.24+) and PostgreSQL read this the same way; uses the insert parameters.
        UpsertSql = InsertSql + $" ON CONFLICT ({Quote(_key.Name)}) DO UPDATE SET "
            + string.Join(", ", _updateColumns.Select(c => $"{Quote(c.Name)} = excluded.{Quote(c.Name)}"));
        Table = table;
        KeyColumn = Quote(_key.Name);
        Rows = new MultiRowSql(this);
    }

    /// <summary>Statements for many rows at once (<see cref="MultiRowSql"/>).</summary>
    public MultiRowSql Rows { get; }
    public IReadOnlyList<ColumnMap> InsertColumns => _insertColumns;
    public IReadOnlyList<ColumnMap> UpdateColumns => _updateColumns;
    public ColumnMap Key => _key;

    /// <summary>The quoted table name and key column.</summary>
    public string Table { get; }
    public string KeyColumn { get; }
    /// <summary>Insert, or replace every non-key column of the row with the same key.</summary>
    public string UpsertSql { get; }

    public string InsertSql { get; }
    public string UpdateSql { get; }
    public string DeleteSql { get; }
    /// <summary>An update that finds its row only while the model's concurrency-token columns still hold the values the
    /// row was read with (<see cref="CheckedUpdateParameters"/>); the caller checks that it touched one row.</summary>
    public string CheckedUpdateSql { get; }

    /// <summary>The update parameters, then @t0.. for the concurrency tokens' <paramref name="expected"/> values.</summary>
    public DbParameter[] CheckedUpdateParameters(DbCommand factory, object entity, IReadOnlyList<object?> expected)
    {
        var tokens = new DbParameter[_tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
            tokens[i] = _tokens[i].CreateParameterForValue(factory, "@t" + i, i < expected.Count ? expected[i] : null);
        return UpdateParameters(factory, entity, tokens);
    }

    public DbParameter[] InsertParameters(DbCommand factory, object entity)
    {
        var parameters = new DbParameter[_insertColumns.Length];
        for (var i = 0; i < parameters.Length; i++)
            parameters[i] = _insertColumns[i].CreateParameter(factory, ParameterName(i), entity);
        return parameters;
    }

    /// <summary>Parameters @p0.. for every non-key column, @key, then <paramref name="extra"/> (for the extra condition).</summary>
    public DbParameter[] UpdateParameters(DbCommand factory, object entity, params DbParameter[] extra)
    {
        var parameters = new DbParameter[_updateColumns.Length + 1 + extra.Length];
        for (var i = 0; i < _updateColumns.Length; i++)
            parameters[i] = _updateColumns[i].CreateParameter(factory, ParameterName(i), entity);
        parameters[_updateColumns.Length] = _key.CreateParameter(factory, "@key", entity);
        extra.CopyTo(parameters, _updateColumns.Length + 1);
        return parameters;
    }

    public DbParameter[] DeleteParameters(DbCommand factory, object key) => [_key.CreateParameterForValue(factory, "@key", key)];

    // Every statement of every step names its parameters @p0..: the names are made once, not per parameter.
    private static readonly string[] ParameterNames = Enumerable.Range(0, 64).Select(i => "@p" + i).ToArray();

    private static string ParameterName(int i) => i < ParameterNames.Length ? ParameterNames[i] : "@p" + i;

    public static string Quote(string identifier) => "\"" + identifier + "\"";
}
