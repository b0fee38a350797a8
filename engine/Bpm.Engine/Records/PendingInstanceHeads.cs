using System.Data.Common;
using Bpm.Engine.Persistence.Entities;
using static Bpm.Engine.Persistence.Migrations.DatabaseMigrator;

namespace Bpm.Engine.Records;

/// <summary>The instances whose history head moved since it was last anchored (<c>history_anchor_pending</c>, set by the
/// step that moves the head, migration 0026): read through the partial index instead of scanning every instance.</summary>
internal static class PendingInstanceHeads
{
    /// <summary>The heads of marked instances that no anchor has sealed yet (a mark written back by a step that did not move
    /// the head may point at a head already sealed).</summary>
    public static async Task<List<RecordAnchorLeafEntity>> ReadAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, $"""
            SELECT p.key, p.history_entries, p.history_head_hash FROM process_instances p
            WHERE {Pending(connection, "p.")} AND p.history_head_hash IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM record_anchor_leaves l WHERE l.chain = CAST(p.key AS TEXT) AND l.head_hash = {Hex(connection, "p.history_head_hash")})
            """);
        var heads = new List<RecordAnchorLeafEntity>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            heads.Add(new RecordAnchorLeafEntity
            {
                Chain = reader.GetInt64(0).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Entries = reader.GetInt64(1),
                HeadHash = Convert.ToHexStringLower(reader.GetFieldValue<byte[]>(2)),
            });
        return heads;
    }

    /// <summary>Unmarks the instances whose current head an anchor has sealed, in the anchor's transaction. A step that moved
    /// a head after it was read keeps its mark: its new head is in no anchor yet.</summary>
    public static async Task ClearSealedAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, $"""
            UPDATE process_instances SET history_anchor_pending = {(IsPostgres(connection) ? "false" : "0")}
            WHERE {Pending(connection, "")}
              AND EXISTS (SELECT 1 FROM record_anchor_leaves l
                          WHERE l.chain = CAST(process_instances.key AS TEXT) AND l.head_hash = {Hex(connection, "process_instances.history_head_hash")})
            """);
        await command.ExecuteNonQueryAsync(ct);
    }

    // Spelled as each database's partial index is, so that the planner uses it.
    private static string Pending(DbConnection connection, string alias) =>
        IsPostgres(connection) ? $"{alias}history_anchor_pending" : $"{alias}history_anchor_pending = 1";

    /// <summary>The instance's head is stored as bytes (migration 0027), an anchor leaf's as the hex every reader is shown.</summary>
    private static string Hex(DbConnection connection, string column) =>
        IsPostgres(connection) ? $"encode({column}, 'hex')" : $"lower(hex({column}))";

    private static bool IsPostgres(DbConnection connection) => connection is Npgsql.NpgsqlConnection;
}
