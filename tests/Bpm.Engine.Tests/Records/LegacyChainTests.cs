using Bpm.Engine.Persistence;
using Bpm.Engine.Records;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bpm.Engine.Tests.Records;

/// <summary>History and audit rows written before migration 0017 are chained by it, in the order they were recorded, and
/// verify from then on like any other row.</summary>
public abstract class LegacyChainTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Rows_written_before_0017_are_chained_by_it_and_then_verify()
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        await db.Migrator.ReplayAsync("0017_records", CancellationToken.None);
        var t0 = LegacyInstance.StartedAt;
        object Time(DateTimeOffset t) => LegacyInstance.Time(provider, t);
        await using (var context = db.CreateContext())
        {
            await LegacyInstance.InsertAsync(context, provider);
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO journal (process_instance_key, sequence, recorded_at, entries) VALUES (4711, 2, {0}, '[{{\"event\":\"USER_TASK_CLAIMED\",\"name\":\"wangqiang\"}}]')",
                Time(t0.AddMinutes(5)));
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO journal (process_instance_key, sequence, recorded_at, entries) VALUES (4711, 1, {0}, '[{{\"event\":\"ACTIVATED\"}}]')", Time(t0));
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO user_task_history (key, task_key, process_instance_key, event, actor, at, details) VALUES (9001, 9000, 4711, 'CLAIMED', 'wangqiang', {0}, NULL)",
                Time(t0.AddMinutes(5)));
            foreach (var user in new[] { "zhangwei", "lina" })
                await context.Database.ExecuteSqlRawAsync(
                    "INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES ({0}, 'admin', 'user.created', 'user', {1})", Time(t0), user);
        }

        Assert.Contains("0017_records", await db.Migrator.MigrateAsync(CancellationToken.None));

        var verifier = new RecordVerifier(db.ContextFactory, Options.Create(new RecordOptions()));
        var instance = await verifier.VerifyInstanceAsync(4711, CancellationToken.None);
        Assert.True(instance!.Valid, instance.Reason);
        Assert.Equal(3, instance.Entries);
        await using (var context = db.CreateContext())
        {
            // Recorded order: the journal row of sequence 1, then the step of minute 5 (its journal row before its task row).
            Assert.Equal([1L, 2L], await context.Journal.OrderBy(j => j.Sequence).Select(j => j.ChainPosition!.Value).ToListAsync());
            Assert.Equal(3, await context.UserTaskHistory.Select(h => h.ChainPosition).SingleAsync());
        }
        var audit = await verifier.VerifySharedChainAsync("audit", CancellationToken.None);
        Assert.True(audit.Valid, audit.Reason);
        Assert.Equal(2, audit.Entries);

        await using (var context = db.CreateContext())
            await context.Database.ExecuteSqlRawAsync("UPDATE journal SET entries = REPLACE(entries, 'wangqiang', 'majianguo')");
        var tampered = await verifier.VerifyInstanceAsync(4711, CancellationToken.None);
        Assert.False(tampered!.Valid);
        Assert.Equal(2, tampered.FirstBrokenAt);
    }
}

public sealed class LegacyChainSqliteTests() : LegacyChainTests(DatabaseProvider.Sqlite);
public sealed class LegacyChainPostgresTests() : LegacyChainTests(DatabaseProvider.Postgres);
