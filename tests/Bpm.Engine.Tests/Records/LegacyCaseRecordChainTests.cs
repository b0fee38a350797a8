using Bpm.Engine.Persistence;
using Bpm.Engine.Records;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bpm.Engine.Tests.Records;

/// <summary>Case comments, task comments, attachments and documents written before migration 0031 were plain rows. The
/// migration appends them to their instance's chain after its history (in the order they were written) and marks the
/// instance for the next anchor; from then on they verify, and an edit of one is found.</summary>
public abstract class LegacyCaseRecordChainTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Case_records_written_before_0031_join_their_instances_chain_and_then_verify()
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        await db.Migrator.ReplayAsync("0017_records", CancellationToken.None);
        var t0 = LegacyInstance.StartedAt;
        object Time(DateTimeOffset t) => LegacyInstance.Time(provider, t);
        await using (var context = db.CreateContext())
        {
            await LegacyInstance.InsertAsync(context, provider);
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO journal (process_instance_key, sequence, recorded_at, entries) VALUES (4711, 1, {0}, '[{{\"event\":\"ACTIVATED\"}}]')", Time(t0));
        }
        await db.Migrator.ReplayAsync("0031_chained_case_records", CancellationToken.None);   // 0017 chains the journal row
        await using (var context = db.CreateContext())
        {
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO user_tasks (key, process_instance_key, element_instance_key, element_id, bpmn_process_id, state, candidate_groups, candidate_users, priority, created_at) " +
                "VALUES (9000, 4711, 8000, 'review', 'legacy', 'CREATED', '', '', 50, {0})", Time(t0));
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO case_comments (key, process_instance_key, author, text, created_at) VALUES (9101, 4711, 'wangqiang', '建议从轻处罚', {0})",
                Time(t0.AddMinutes(9)));
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO user_task_comments (key, task_key, author, text, created_at) VALUES (9102, 9000, 'wangqiang', '证据充分', {0})",
                Time(t0.AddMinutes(7)));
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO user_task_attachments (key, task_key, name, content_type, size, sha256, uploaded_by, uploaded_at, evidence_kind, device, captured_place) " +
                "VALUES (9103, 9000, '现场.jpg', 'image/jpeg', 12, {1}, 'wangqiang', {0}, 'photo', 'NK-01', '金水区')",
                Time(t0.AddMinutes(8)), new string('a', 64));
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO documents (key, process_instance_key, document_type, name, sha256, size, created_at, element_id) " +
                "VALUES (9104, 4711, 'notice', '告知书.pdf', {1}, 34, {0}, 'notify')", Time(t0.AddMinutes(10)), new string('b', 64));
        }

        Assert.Contains("0031_chained_case_records", await db.Migrator.MigrateAsync(CancellationToken.None));

        var verifier = new RecordVerifier(db.ContextFactory, Options.Create(new RecordOptions()));
        var instance = await verifier.VerifyInstanceAsync(4711, CancellationToken.None);
        Assert.True(instance!.Valid, instance.Reason);
        Assert.Equal(5, instance.Entries);
        await using (var context = db.CreateContext())
        {
            // After the history, in the order written: the task comment (minute 7), the attachment (8), the case comment (9),
            // the document (10).
            Assert.Equal(2, await context.UserTaskComments.Select(c => c.ChainPosition).SingleAsync());
            Assert.Equal(4711, await context.UserTaskComments.Select(c => c.ProcessInstanceKey).SingleAsync());
            Assert.Equal(3, await context.UserTaskAttachments.Select(a => a.ChainPosition).SingleAsync());
            Assert.Equal(4, await context.CaseComments.Select(c => c.ChainPosition).SingleAsync());
            Assert.Equal(5, await context.Documents.Select(d => d.ChainPosition).SingleAsync());
            Assert.True(await context.ProcessInstances.Where(p => p.Key == 4711).Select(p => p.HistoryAnchorPending).SingleAsync());
        }

        await using (var context = db.CreateContext())
            await context.Database.ExecuteSqlRawAsync("UPDATE case_comments SET text = '建议从重处罚'");
        var tampered = await verifier.VerifyInstanceAsync(4711, CancellationToken.None);
        Assert.False(tampered!.Valid);
        Assert.Equal(4, tampered.FirstBrokenAt);
    }
}

public sealed class LegacyCaseRecordChainSqliteTests() : LegacyCaseRecordChainTests(DatabaseProvider.Sqlite);
public sealed class LegacyCaseRecordChainPostgresTests() : LegacyCaseRecordChainTests(DatabaseProvider.Postgres);
