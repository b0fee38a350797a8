using System.Data.Common;
using System.Text.RegularExpressions;

namespace Bpm.Server.Tests.Schema;

/// <summary>A database's schema as the catalog describes it, one sorted line per table, column, index, constraint and
/// sequence, plus each table's row count: two databases with the same lines have the same schema. SQLite: sqlite_master
/// and the table/index/foreign-key pragmas; PostgreSQL: information_schema, pg_indexes and pg_constraint.</summary>
internal static partial class SchemaCatalog
{
    public static async Task<List<string>> DescribeAsync(DbConnection connection, string provider)
    {
        var lines = provider == "Sqlite" ? await DescribeSqliteAsync(connection) : await DescribePostgresAsync(connection);
        foreach (var table in await QueryAsync(connection, provider == "Sqlite"
                     ? "SELECT name FROM sqlite_master WHERE type = 'table'"
                     : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"))
        {
            if (table.EndsWith("schema_migrations", StringComparison.Ordinal)) continue; // when each script ran differs
            lines.Add($"rows {table}: {string.Join(" | ", (await QueryAsync(connection, $"SELECT * FROM {table}")).Order(StringComparer.Ordinal))}");
        }
        return lines.Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<List<string>> DescribeSqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        foreach (var table in await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table'"))
        {
            lines.Add($"table {table}");
            lines.AddRange(await QueryAsync(connection,
                $"SELECT 'column {table}.' || name, type, \"notnull\", coalesce(dflt_value, 'no default'), pk FROM pragma_table_info('{table}')"));
            lines.AddRange(await QueryAsync(connection,
                $"SELECT 'foreign key {table}', \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list('{table}')"));
            foreach (var index in await QueryAsync(connection, $"SELECT name FROM pragma_index_list('{table}')"))
            {
                lines.AddRange(await QueryAsync(connection,
                    $"SELECT 'index {table}.' || name, \"unique\", origin, partial FROM pragma_index_list('{table}') WHERE name = '{index}'"));
                lines.AddRange(await QueryAsync(connection,
                    $"SELECT 'index column {index}', seqno, coalesce(name, cid), \"desc\", coll, key FROM pragma_index_xinfo('{index}')"));
            }
        }
        // A partial index's condition is only in its statement.
        lines.AddRange((await QueryAsync(connection, "SELECT 'index statement', sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
            .Select(Normalize));
        lines.AddRange(await QueryAsync(connection, "SELECT 'other ' || type, name FROM sqlite_master WHERE type NOT IN ('table', 'index')"));
        return lines;
    }

    private static async Task<List<string>> DescribePostgresAsync(DbConnection connection)
    {
        var lines = new List<string>();
        lines.AddRange(await QueryAsync(connection, """
            SELECT 'column ' || table_name || '.' || column_name, data_type, is_nullable, coalesce(column_default, 'no default'),
                   is_identity, coalesce(identity_generation, ''), coalesce(character_maximum_length::text, '')
            FROM information_schema.columns WHERE table_schema = 'public'
            """));
        lines.AddRange(await QueryAsync(connection,
            "SELECT 'index ' || tablename || '.' || indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"));
        lines.AddRange(await QueryAsync(connection, """
            SELECT 'constraint ' || c.conrelid::regclass::text || '.' || c.conname, c.contype::text, pg_get_constraintdef(c.oid)
            FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public'
            """));
        lines.AddRange(await QueryAsync(connection,
            "SELECT 'sequence ' || sequence_name, data_type, start_value, increment FROM information_schema.sequences WHERE sequence_schema = 'public'"));
        lines.AddRange(await QueryAsync(connection, """
            SELECT 'other ' || c.relkind::text, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind NOT IN ('r', 'i', 'S')
            """));
        return lines;
    }

    private static string Normalize(string statement) =>
        Whitespace().Replace(statement.Replace("IF NOT EXISTS ", "", StringComparison.OrdinalIgnoreCase), " ");

    /// <summary>Each row's columns joined with spaces.</summary>
    private static async Task<List<string>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(string.Join(' ', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
