using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Bpm.Engine.Persistence;
using Bpm.Server.Records;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.Records;

/// <summary>Issue 16: every record of a case is in its hash chain, not only the history rows. A case comment's text used to
/// be plain (<c>UPDATE case_comments SET text = …</c> went undetected), as were task comments' texts and the attachments'
/// (evidence) descriptions; now an edit, deletion, insertion or reordering of any of those rows by SQL shows in
/// <c>GET …/integrity</c> and in <c>verify</c>, like a history row's.</summary>
public abstract class CaseRecordChainTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    private const string Jinshui = "410105-SCJGJ";

    /// <summary>A 金水区 case with two case comments, a task comment and an evidence item on its open task.</summary>
    private async Task<(string Instance, string Task)> CaseWithRecordsAsync()
    {
        var id = UniqueProcessId("caserecords");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.UserTaskProcess(id)));
        var key = (await Client.StartAsync(id, new { organisationId = Jinshui }))["processInstanceKey"].Key();
        var task = (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={key}"))[0]!["userTaskKey"].Key();
        (await Client.PostAsJsonAsync($"/api/process-instances/{key}/comments", new { text = "当事人已到场，同意现场检查" })).EnsureSuccessStatusCode();
        (await Client.PostAsJsonAsync($"/api/process-instances/{key}/comments", new { text = "建议从轻处罚" })).EnsureSuccessStatusCode();
        (await Client.PostAsJsonAsync($"/api/user-tasks/{task}/comments", new { text = "证据充分，同意立案" })).EnsureSuccessStatusCode();
        var form = new MultipartFormDataContent
        {
            { new StringContent("photo"), "evidenceKind" },
            { new StringContent("相机 NK-01"), "device" },
            { new StringContent("2026-12-06T09:30:00+08:00"), "capturedAt" },
            { new StringContent("金水区花园路 1 号"), "place" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("现场照片"));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "file", "现场.jpg");
        (await Client.PostAsync($"/api/user-tasks/{task}/attachments", form)).EnsureSuccessStatusCode();
        return (key, task);
    }

    private async Task<JsonObject> IntegrityAsync(string key) => await Client.GetObjectAsync($"/api/process-instances/{key}/integrity");

    private async Task SqlAsync(string sql)
    {
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>().CreateDbContextAsync();
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    private async Task<long> PositionAsync(string table, string where)
    {
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>().CreateDbContextAsync();
        var sql = $"SELECT chain_position AS \"Value\" FROM {table} WHERE {where}";
        return await db.Database.SqlQueryRaw<long>(sql).SingleAsync();
    }

    [Fact]
    public async Task Comments_and_attachments_are_entries_of_the_chain_and_an_untouched_case_verifies()
    {
        var (key, _) = await CaseWithRecordsAsync();
        var integrity = await IntegrityAsync(key);
        Assert.True((bool)integrity["valid"]!, (string?)integrity["reason"]);
        var first = await PositionAsync("case_comments", $"text = '当事人已到场，同意现场检查' AND process_instance_key = {key}");
        var second = await PositionAsync("case_comments", $"text = '建议从轻处罚' AND process_instance_key = {key}");
        Assert.True(second > first);
        Assert.True(await PositionAsync("user_task_comments", $"process_instance_key = {key}") > second);
        Assert.Equal((long)integrity["entries"]!, await PositionAsync("user_task_attachments", $"process_instance_key = {key}"));
    }

    [Fact]
    public async Task Rewriting_a_case_comments_text_by_sql_is_found_by_integrity_and_verify()
    {
        var (key, _) = await CaseWithRecordsAsync();
        var position = await PositionAsync("case_comments", $"text = '建议从轻处罚' AND process_instance_key = {key}");
        await SqlAsync($"UPDATE case_comments SET text = '建议从重处罚' WHERE process_instance_key = {key} AND text = '建议从轻处罚'");
        Assert.Contains(await Client.GetItemsAsync($"/api/process-instances/{key}/comments"), c => (string?)c!["text"] == "建议从重处罚");

        var integrity = await IntegrityAsync(key);
        Assert.False((bool)integrity["valid"]!);
        Assert.Equal(position, (long)integrity["firstBrokenAt"]!);
        Assert.Contains("修改", (string)integrity["reason"]!);

        var output = new StringWriter();
        Assert.Equal(VerifyCommand.Broken, await VerifyCommand.RunAsync(Factory.DatabaseArguments, output));
        Assert.Contains($"instance {key}: entry {position}", output.ToString());
        Assert.Equal(VerifyCommand.Broken, await VerifyCommand.RunAsync([.. Factory.DatabaseArguments, "--instance", key], new StringWriter()));
    }

    public static TheoryData<string> CommentTampering => new()
    {
        // deleted
        "DELETE FROM case_comments WHERE process_instance_key = {0} AND text = '当事人已到场，同意现场检查'",
        // inserted by SQL without chain fields
        "INSERT INTO case_comments (key, process_instance_key, author, text, created_at) " +
            "SELECT key + 7, process_instance_key, 'wangqiang', '补记意见', created_at FROM case_comments WHERE process_instance_key = {0} AND text = '建议从轻处罚'",
        // inserted as a copy of a chained row, chain fields included
        "INSERT INTO case_comments (key, process_instance_key, author, text, created_at, chain_position, previous_hash, hash) " +
            "SELECT key + 7, process_instance_key, author, text, created_at, chain_position, previous_hash, hash FROM case_comments WHERE process_instance_key = {0} AND text = '建议从轻处罚'",
        // reordered: the two comments swap places in the chain
        "UPDATE case_comments SET chain_position = (SELECT SUM(chain_position) FROM case_comments WHERE process_instance_key = {0}) - chain_position WHERE process_instance_key = {0}",
        // another author
        "UPDATE case_comments SET author = 'majianguo' WHERE process_instance_key = {0} AND text = '建议从轻处罚'",
    };

    [Theory, MemberData(nameof(CommentTampering))]
    public async Task Deleting_inserting_reordering_or_editing_case_comments_by_sql_is_found(string sql)
    {
        var (key, _) = await CaseWithRecordsAsync();
        await SqlAsync(string.Format(CultureInfo.InvariantCulture, sql, key));
        var integrity = await IntegrityAsync(key);
        Assert.False((bool)integrity["valid"]!, sql);
        Assert.False(string.IsNullOrEmpty((string?)integrity["reason"]));
        var output = new StringWriter();
        Assert.Equal(VerifyCommand.Broken, await VerifyCommand.RunAsync([.. Factory.DatabaseArguments, "--instance", key], output));
    }

    [Theory]
    [InlineData("UPDATE user_task_comments SET text = '证据不足，不予立案' WHERE task_key = {0}")]
    [InlineData("DELETE FROM user_task_comments WHERE task_key = {0}")]
    [InlineData("UPDATE user_task_attachments SET captured_place = '二七区' WHERE task_key = {0}")]
    [InlineData("UPDATE user_task_attachments SET name = '其他.jpg' WHERE task_key = {0}")]
    [InlineData("UPDATE user_task_attachments SET content_type = 'text/html' WHERE task_key = {0}")]
    [InlineData("INSERT INTO documents (key, process_instance_key, document_type, name, sha256, size, created_at, created_by, element_id) " +
        "SELECT key + 11, process_instance_key, 'penalty-decision', '行政处罚决定书.pdf', sha256, size, uploaded_at, uploaded_by, 'decide' FROM user_task_attachments WHERE task_key = {0}")]
    public async Task Editing_or_deleting_a_task_comment_or_an_attachments_description_or_adding_a_document_by_sql_is_found(string sql)
    {
        var (key, task) = await CaseWithRecordsAsync();
        await SqlAsync(string.Format(CultureInfo.InvariantCulture, sql, task));
        var integrity = await IntegrityAsync(key);
        Assert.False((bool)integrity["valid"]!, sql);
        Assert.Equal(VerifyCommand.Broken, await VerifyCommand.RunAsync([.. Factory.DatabaseArguments, "--instance", key], new StringWriter()));
    }
}

public sealed class CaseRecordChainSqliteTests(BpmServerFactory<Sqlite> f) : CaseRecordChainTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class CaseRecordChainPostgresTests(BpmServerFactory<Postgres> f) : CaseRecordChainTests(f), IClassFixture<BpmServerFactory<Postgres>>;
