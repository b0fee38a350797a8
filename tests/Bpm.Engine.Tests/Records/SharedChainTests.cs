using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Records;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bpm.Engine.Tests.Records;

/// <summary>The audit and access chains are shared by concurrent requests: their chain row serialises the writers, and any
/// change to a row afterwards is found.</summary>
public abstract class SharedChainTests(DatabaseProvider provider)
{
    private static RecordVerifier Verifier(TestDatabase db) => new(db.ContextFactory, Options.Create(new RecordOptions()));

    private static AuditEntity Audit(int i) => new()
    {
        At = DateTimeOffset.UtcNow, Actor = "admin", Action = "user.created", Entity = "user", EntityId = $"user{i}", After = $$"""{"n":{{i}}}""",
    };

    [Fact]
    public async Task Concurrent_audit_writes_form_one_unbroken_chain()
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(async () =>
        {
            await using var context = db.CreateContext();
            context.Audit.Add(Audit(i));
            if (i % 3 == 0) context.Audit.Add(Audit(100 + i));   // two rows in one save
            await context.SaveChangesAsync();
        })));

        var report = await Verifier(db).VerifySharedChainAsync("audit", CancellationToken.None);
        Assert.True(report.Valid, report.Reason);
        Assert.Equal(32, report.Entries);
    }

    [Fact]
    public async Task An_audit_row_saved_inside_a_caller_transaction_is_chained_and_rolled_back_with_it()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var context = db.CreateContext())
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            context.Audit.Add(Audit(1));
            await context.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        await using (var context = db.CreateContext())
        {
            context.Audit.Add(Audit(2));
            await context.SaveChangesAsync();
        }

        var report = await Verifier(db).VerifySharedChainAsync("audit", CancellationToken.None);
        Assert.True(report.Valid, report.Reason);
        Assert.Equal(1, report.Entries);
    }

    [Fact]
    public async Task Editing_deleting_inserting_or_reordering_an_audit_row_by_sql_is_found()
    {
        string[] tampering =
        [
            "UPDATE audit_log SET actor = 'majianguo' WHERE chain_position = 2",
            "DELETE FROM audit_log WHERE chain_position = 2",
            "DELETE FROM audit_log WHERE chain_position = 3",
            "INSERT INTO audit_log (at, actor, action, entity, entity_id) SELECT at, actor, action, entity, 'forged' FROM audit_log WHERE chain_position = 1",
            "UPDATE audit_log SET chain_position = 4 - chain_position WHERE chain_position IN (1, 3)",
        ];
        foreach (var sql in tampering)
        {
            await using var db = await TestDatabase.CreateAsync(provider);
            await using (var context = db.CreateContext())
            {
                for (var i = 0; i < 3; i++)
                {
                    context.Audit.Add(Audit(i));
                    await context.SaveChangesAsync();
                }
            }
            Assert.True((await Verifier(db).VerifySharedChainAsync("audit", CancellationToken.None)).Valid);
            await using (var context = db.CreateContext())
                await context.Database.ExecuteSqlRawAsync(sql);

            var report = await Verifier(db).VerifySharedChainAsync("audit", CancellationToken.None);
            Assert.False(report.Valid, sql);
            Assert.NotNull(report.FirstBrokenAt);
            Assert.False(string.IsNullOrEmpty(report.Reason));
        }
    }
    [Fact]
    public async Task Editing_deleting_inserting_or_reordering_an_access_log_row_by_sql_is_found()
    {
        string[] tampering =
        [
            "UPDATE access_log SET username = 'nobody' WHERE chain_position = 2",
            "UPDATE access_log SET reason = NULL WHERE chain_position = 1",
            "DELETE FROM access_log WHERE chain_position = 2",
            "DELETE FROM access_log WHERE chain_position = 3",
            "INSERT INTO access_log (at, username, process_instance_key, resource) SELECT at, 'forged', process_instance_key, resource FROM access_log WHERE chain_position = 1",
            "UPDATE access_log SET chain_position = 4 - chain_position WHERE chain_position IN (1, 3)",
        ];
        foreach (var sql in tampering)
        {
            await using var db = await TestDatabase.CreateAsync(provider);
            await using (var context = db.CreateContext())
            {
                for (var i = 0; i < 3; i++)
                {
                    context.AccessLog.Add(new AccessLogEntity
                    {
                        At = DateTimeOffset.UtcNow, Username = $"reader{i}", ProcessInstanceKey = 1000 + i, Resource = "history", Address = "10.0.0.1", Reason = "年度案卷评查",
                    });
                    await context.SaveChangesAsync();
                }
            }
            Assert.True((await Verifier(db).VerifySharedChainAsync("access", CancellationToken.None)).Valid);
            await using (var context = db.CreateContext())
                await context.Database.ExecuteSqlRawAsync(sql);

            var report = await Verifier(db).VerifySharedChainAsync("access", CancellationToken.None);
            Assert.False(report.Valid, sql);
            Assert.NotNull(report.FirstBrokenAt);
            Assert.False(string.IsNullOrEmpty(report.Reason));
        }
    }
}

public sealed class SharedChainSqliteTests() : SharedChainTests(DatabaseProvider.Sqlite);
public sealed class SharedChainPostgresTests() : SharedChainTests(DatabaseProvider.Postgres);
