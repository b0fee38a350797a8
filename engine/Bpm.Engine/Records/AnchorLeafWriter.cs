using System.Data.Common;
using System.Text;
using Bpm.Engine.Persistence.Entities;
using static Bpm.Engine.Persistence.Migrations.DatabaseMigrator;

namespace Bpm.Engine.Records;

/// <summary>Writes an anchor's leaves in bulk, in the anchor's transaction: one statement over arrays on PostgreSQL
/// (<c>unnest</c>), multi-row inserts of <see cref="SqliteRowsPerStatement"/> rows on SQLite. The first anchor after a
/// large load seals tens of thousands of heads; one insert per leaf made it take tens of seconds.</summary>
internal static class AnchorLeafWriter
{
    /// <summary>Four parameters a row: 2,000 per statement, far below SQLite's limit of 32,766.</summary>
    internal const int SqliteRowsPerStatement = 500;

    public static async Task WriteAsync(DbConnection connection, DbTransaction transaction, long anchorId,
        IReadOnlyList<RecordAnchorLeafEntity> leaves, CancellationToken ct)
    {
        if (connection is Npgsql.NpgsqlConnection)
        {
            await using var command = Command(connection, transaction, """
                INSERT INTO record_anchor_leaves (anchor_id, chain, entries, head_hash)
                SELECT @anchor, l.chain, l.entries, l.head_hash FROM unnest(@chains, @entries, @hashes) AS l(chain, entries, head_hash)
                """);
            AddParameter(command, "@anchor", anchorId);
            AddParameter(command, "@chains", leaves.Select(l => l.Chain).ToArray());
            AddParameter(command, "@entries", leaves.Select(l => l.Entries).ToArray());
            AddParameter(command, "@hashes", leaves.Select(l => l.HeadHash).ToArray());
            await command.ExecuteNonQueryAsync(ct);
            return;
        }
        for (var start = 0; start < leaves.Count; start += SqliteRowsPerStatement)
        {
            var count = Math.Min(SqliteRowsPerStatement, leaves.Count - start);
            var sql = new StringBuilder("INSERT INTO record_anchor_leaves (anchor_id, chain, entries, head_hash) VALUES ");
            for (var i = 0; i < count; i++) sql.Append(i == 0 ? "" : ", ").Append($"(@a, @c{i}, @e{i}, @h{i})");
            await using var command = Command(connection, transaction, sql.ToString());
            AddParameter(command, "@a", anchorId);
            for (var i = 0; i < count; i++)
            {
                var leaf = leaves[start + i];
                AddParameter(command, $"@c{i}", leaf.Chain);
                AddParameter(command, $"@e{i}", leaf.Entries);
                AddParameter(command, $"@h{i}", leaf.HeadHash);
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
