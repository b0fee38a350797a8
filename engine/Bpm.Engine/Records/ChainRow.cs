using System.Data.Common;
using static Bpm.Engine.Persistence.Migrations.DatabaseMigrator;

namespace Bpm.Engine.Records;

/// <summary>The row of <c>record_chains</c> that holds a shared chain's head. Advancing it first (an UPDATE) locks it until
/// the transaction ends, so concurrent writers of the same chain append one after the other on both databases.</summary>
internal static class ChainRow
{
    public const string Audit = "audit";
    public const string Access = "access";
    /// <summary>The anchors themselves: its head is the latest anchor's hash; reserving it serialises anchoring across nodes.</summary>
    public const string Anchor = "anchor";

    /// <summary>Reserves <paramref name="count"/> positions; returns the head as it was before them.</summary>
    public static async Task<ChainHead> ReserveAsync(DbConnection connection, DbTransaction? transaction, string name, int count, CancellationToken ct)
    {
        await using var command = Command(connection, transaction,
            "UPDATE record_chains SET entries = entries + @count WHERE name = @name RETURNING entries, head_hash");
        AddParameter(command, "@count", (long)count);
        AddParameter(command, "@name", name);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
            throw new InvalidOperationException($"The record chain '{name}' is missing from record_chains (migration 0017).");
        var entries = reader.GetInt64(0);
        var head = await reader.IsDBNullAsync(1, ct) ? null : reader.GetString(1);
        return new ChainHead(entries - count, head);
    }

    public static async Task SetHeadAsync(DbConnection connection, DbTransaction? transaction, string name, ChainHead head, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, "UPDATE record_chains SET head_hash = @hash WHERE name = @name");
        AddParameter(command, "@hash", (object?)head.Hash ?? DBNull.Value);
        AddParameter(command, "@name", name);
        await command.ExecuteNonQueryAsync(ct);
    }
}
