using Microsoft.Data.Sqlite;

namespace Bpm.Bus.Tests.Recovery;

/// <summary>Reads and tampers with the <c>outbox</c> table in a server's SQLite file, beside (or between) the server processes.
/// No pooling: the test must not keep the file open while servers crash and restart on it.</summary>
public sealed class OutboxTable(string databasePath)
{
    private readonly string connectionString =
        new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false, DefaultTimeout = 30 }.ToString();

    /// <summary>The outbox rows an instance wrote, oldest first.</summary>
    public async Task<IReadOnlyList<OutboxRow>> RowsOfAsync(string processInstanceKey)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, message_id, message_type, dispatched_at, attempts, last_error FROM outbox WHERE process_instance_key = $key ORDER BY id";
        command.Parameters.AddWithValue("$key", long.Parse(processInstanceKey, System.Globalization.CultureInfo.InvariantCulture));
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<OutboxRow>();
        while (await reader.ReadAsync())
            rows.Add(new OutboxRow(reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2), !reader.IsDBNull(3), reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        return rows;
    }

    /// <summary>Makes the dispatcher believe the row never went out (as if the node died after the send, before marking it).</summary>
    public async Task MarkUndispatchedAsync(long id)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE outbox SET dispatched_at = NULL, claimed_by = NULL, claimed_until = NULL WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        if (await command.ExecuteNonQueryAsync() != 1) throw new InvalidOperationException($"outbox row {id} not found");
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
