using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Bpm.Benchmarks;

/// <summary>What the history and instance rows of one process store per instance: the bytes of their variable-length
/// columns (state, entries, hashes), and the largest row's, which tells whether rows spill into SQLite overflow pages.</summary>
public sealed record ChainRowBytes(long Instances, double InstanceRowBytes, double JournalRowBytes, long LargestJournalRow)
{
    public static async Task<ChainRowBytes> MeasureAsync(BenchDatabase database, string processId)
    {
        var length = database.IsSqlite ? "length(CAST({0} AS BLOB))" : "octet_length({0})";
        string L(string column) => $"coalesce({string.Format(length, column)}, 0)";
        await using DbConnection connection = database.IsSqlite
            ? new SqliteConnection(database.ConnectionString)
            : new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT (SELECT COUNT(*) FROM process_instances WHERE bpmn_process_id = '{processId}'),
                   (SELECT SUM({L("state_data")} + {L("active_element_ids")} + {L("history_head_hash")}) FROM process_instances WHERE bpmn_process_id = '{processId}'),
                   (SELECT SUM({L("j.entries")} + {L("j.previous_hash")} + {L("j.hash")}) FROM journal j JOIN process_instances p ON p.key = j.process_instance_key WHERE p.bpmn_process_id = '{processId}'),
                   (SELECT MAX({L("j.entries")} + {L("j.previous_hash")} + {L("j.hash")}) FROM journal j JOIN process_instances p ON p.key = j.process_instance_key WHERE p.bpmn_process_id = '{processId}')
            """;
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var instances = reader.GetInt64(0);
        double PerInstance(int column) => instances == 0 || reader.IsDBNull(column) ? 0 : Convert.ToDouble(reader.GetValue(column)) / instances;
        return new ChainRowBytes(instances, PerInstance(1), PerInstance(2), reader.IsDBNull(3) ? 0 : Convert.ToInt64(reader.GetValue(3)));
    }
}
