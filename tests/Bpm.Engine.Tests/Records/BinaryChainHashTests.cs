using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Records;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bpm.Engine.Tests.Records;

/// <summary>Migration 0027 stores the history chain's hashes as 32 raw bytes: rows chained before it (hex text) are
/// converted and still verify, new rows are written as bytes, and tampering is still detected.</summary>
public abstract class BinaryChainHashTests(DatabaseProvider provider)
{
    private const long Key = 5150;

    [Fact]
    public async Task Rows_chained_as_hex_text_before_0027_are_converted_to_bytes_and_still_verify()
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        await db.Migrator.ReplayAsync("0027_binary_chain_hashes", CancellationToken.None);
        var t0 = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
        object Time(DateTimeOffset t) => provider == DatabaseProvider.Sqlite ? t.UtcTicks : t;
        // Chained as the engine before 0027 chained them: the same hashes, stored as hex text.
        var rows = new List<IChainedRow>
        {
            new JournalEntity { ProcessInstanceKey = Key, Sequence = 1, RecordedAt = t0, Entries = """[{"event":"ACTIVATED"}]""" },
            new UserTaskHistoryEntity { Key = 9101, TaskKey = 9100, ProcessInstanceKey = Key, Event = "CREATED", Actor = "wangqiang", At = t0 },
            new JournalEntity { ProcessInstanceKey = Key, Sequence = 2, RecordedAt = t0.AddMinutes(5), Entries = """[{"event":"USER_TASK_CLAIMED","name":"wangqiang"}]""" },
        };
        var head = new ChainHead(0, null);
        foreach (var row in rows) head.Append(row);
        await using (var context = db.CreateContext())
        {
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO process_instances (key, process_definition_key, bpmn_process_id, version, state, started_at, revision, state_data, " +
                "active_element_ids, has_incident, history_entries, history_head_hash, history_anchor_pending) " +
                "VALUES ({0}, 1, 'legacy', 1, 'ACTIVE', {1}, 2, '{{}}', 'review', false, {2}, {3}, true)", Key, Time(t0), head.Entries, head.Hash!);
            foreach (var row in rows)
            {
                if (row is JournalEntity j)
                    await context.Database.ExecuteSqlRawAsync(
                        "INSERT INTO journal (process_instance_key, sequence, recorded_at, entries, chain_position, previous_hash, hash) VALUES ({0}, {1}, {2}, {3}, {4}, NULLIF({5}, ''), {6})",
                        j.ProcessInstanceKey, j.Sequence, Time(j.RecordedAt), j.Entries, j.ChainPosition!, j.PreviousHash ?? "", j.Hash!);
                else if (row is UserTaskHistoryEntity h)
                    await context.Database.ExecuteSqlRawAsync(
                        "INSERT INTO user_task_history (key, task_key, process_instance_key, event, actor, at, details, chain_position, previous_hash, hash) " +
                        "VALUES ({0}, {1}, {2}, {3}, {4}, {5}, NULL, {6}, {7}, {8})",
                        h.Key, h.TaskKey, h.ProcessInstanceKey, h.Event, h.Actor!, Time(h.At), h.ChainPosition!, h.PreviousHash!, h.Hash!);
            }
        }

        Assert.Contains("0027_binary_chain_hashes", await db.Migrator.MigrateAsync(CancellationToken.None));

        var verifier = new RecordVerifier(db.ContextFactory, Options.Create(new RecordOptions()));
        var report = (await verifier.VerifyInstanceAsync(Key, CancellationToken.None))!;
        Assert.True(report.Valid, report.Reason);
        Assert.Equal((3L, head.Hash), (report.Entries, report.HeadHash));
        await using (var context = db.CreateContext())
        {
            var length = provider == DatabaseProvider.Sqlite ? "length" : "octet_length";
            var lengths = $"SELECT CAST({length}(hash) AS BIGINT) AS \"Value\" FROM journal UNION ALL SELECT CAST({length}(history_head_hash) AS BIGINT) FROM process_instances " +
                $"UNION ALL SELECT CAST({length}(previous_hash) AS BIGINT) FROM user_task_history";
            Assert.Equal([32L, 32L, 32L, 32L], await context.Database.SqlQueryRaw<long>(lengths).ToListAsync());
            // Read back through the model as the hex they were hashed as.
            Assert.Equal([rows[0].Hash, rows[2].Hash], await context.Journal.OrderBy(j => j.Sequence).Select(j => j.Hash).ToListAsync());
            Assert.Equal(rows[1].Hash, await context.UserTaskHistory.Select(h => h.Hash).SingleAsync());

            // The anchor compares the stored head (bytes) with its leaves (hex): the converted instance is sealed and unmarked.
            var anchor = await new RecordAnchorer(db.ContextFactory, TestClock.AtRealNow(), Options.Create(new RecordOptions())).AnchorAsync(CancellationToken.None);
            Assert.Equal(head.Hash, await context.RecordAnchorLeaves.Where(l => l.AnchorId == anchor!.Id && l.Chain == Key.ToString()).Select(l => l.HeadHash).SingleAsync());
            Assert.False(await context.ProcessInstances.Where(p => p.Key == Key).Select(p => p.HistoryAnchorPending).SingleAsync());

            await context.Database.ExecuteSqlRawAsync("UPDATE journal SET entries = REPLACE(entries, 'wangqiang', 'majianguo')");
        }
        var tampered = (await verifier.VerifyInstanceAsync(Key, CancellationToken.None))!;
        Assert.False(tampered.Valid);
        Assert.Equal(3, tampered.FirstBrokenAt);
    }
}

public sealed class BinaryChainHashSqliteTests() : BinaryChainHashTests(DatabaseProvider.Sqlite);
public sealed class BinaryChainHashPostgresTests() : BinaryChainHashTests(DatabaseProvider.Postgres);
