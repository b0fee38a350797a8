using System.Data.Common;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Bpm.Engine.Tests.Persistence;

/// <summary>The migrations are hand-written SQL; this proves they create exactly what the EF model maps.</summary>
public abstract class SchemaTests(DatabaseProvider provider)
{
    private sealed record DbColumn(string Name, string Type, bool Nullable);

    [Fact]
    public async Task Schema_matches_the_ef_model()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var context = db.CreateContext();
        await context.Database.OpenConnectionAsync();
        var connection = context.Database.GetDbConnection();
        var problems = new List<string>();

        foreach (var entity in context.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table);
            var dbColumns = (await ColumnsAsync(connection, provider, table)).ToDictionary(c => c.Name);
            if (dbColumns.Count == 0)
            {
                problems.Add($"table {table} is missing");
                continue;
            }
            var modelColumns = entity.GetProperties().ToList();
            foreach (var property in modelColumns)
            {
                var name = property.GetColumnName(store)!;
                if (!dbColumns.TryGetValue(name, out var column))
                {
                    problems.Add($"{table}.{name} is missing");
                    continue;
                }
                if (column.Nullable != property.IsColumnNullable(store))
                    problems.Add($"{table}.{name}: nullable {column.Nullable} in the database, {property.IsColumnNullable(store)} in the model");
                var modelType = property.GetColumnType(store);
                if (!string.Equals(column.Type, modelType, StringComparison.OrdinalIgnoreCase))
                    problems.Add($"{table}.{name}: type {column.Type} in the database, {modelType} in the model");
            }
            foreach (var extra in dbColumns.Keys.Except(modelColumns.Select(p => p.GetColumnName(store)!)))
                problems.Add($"{table}.{extra} is not in the model");

            var dbIndexes = await IndexesAsync(connection, provider, table);
            foreach (var index in entity.GetIndexes())
            {
                var name = index.GetDatabaseName(store)!;
                if (!dbIndexes.TryGetValue(name, out var unique))
                    problems.Add($"index {name} on {table} is missing");
                else if (unique != index.IsUnique)
                    problems.Add($"index {name}: unique {unique} in the database, {index.IsUnique} in the model");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static async Task<List<DbColumn>> ColumnsAsync(DbConnection connection, DatabaseProvider provider, string table)
    {
        var sql = provider == DatabaseProvider.Sqlite
            ? "SELECT name, type, \"notnull\" = 0 FROM pragma_table_info(@table)"
            : "SELECT column_name, data_type, is_nullable = 'YES' FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table";
        var columns = new List<DbColumn>();
        await using var reader = await QueryAsync(connection, sql, table);
        while (await reader.ReadAsync())
            columns.Add(new DbColumn(reader.GetString(0), reader.GetString(1), Convert.ToBoolean(reader.GetValue(2))));
        return columns;
    }

    private static async Task<Dictionary<string, bool>> IndexesAsync(DbConnection connection, DatabaseProvider provider, string table)
    {
        var sql = provider == DatabaseProvider.Sqlite
            ? "SELECT name, \"unique\" FROM pragma_index_list(@table)"
            : "SELECT indexname, indexdef LIKE 'CREATE UNIQUE%' FROM pg_indexes WHERE schemaname = current_schema() AND tablename = @table";
        var indexes = new Dictionary<string, bool>();
        await using var reader = await QueryAsync(connection, sql, table);
        while (await reader.ReadAsync())
            indexes[reader.GetString(0)] = Convert.ToBoolean(reader.GetValue(1));
        return indexes;
    }

    private static async Task<DbDataReader> QueryAsync(DbConnection connection, string sql, string table)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@table";
        parameter.Value = table;
        command.Parameters.Add(parameter);
        return await command.ExecuteReaderAsync();
    }
}

public sealed class SchemaSqliteTests() : SchemaTests(DatabaseProvider.Sqlite);
public sealed class SchemaPostgresTests() : SchemaTests(DatabaseProvider.Postgres);
