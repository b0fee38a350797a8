using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Engine.Persistence;
using Bpm.Engine.Records;
using Bpm.Server.Records;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.Records;

/// <summary>Issue 16: a case's history is a hash chain. Rewriting <c>"by":"admin"</c> in the database used to be served back
/// without a trace; now every edit, deletion, insertion or reordering of a history row done by SQL shows in
/// <c>GET /api/process-instances/{key}/integrity</c> and in the <c>verify</c> command.</summary>
public abstract class RecordIntegrityTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    private const string Jinshui = "410105-SCJGJ";

    /// <summary>A case of 金水区 with four chained rows: the start step's journal row (1, started <c>"by":"admin"</c>) and task
    /// CREATED row (2), the cancellation's journal row (3, <c>"by":"admin"</c> and the reason) and task CANCELED row (4).</summary>
    private async Task<string> CancelledCaseAsync()
    {
        var id = UniqueProcessId("records");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.UserTaskProcess(id)));
        var key = (await Client.StartAsync(id, new { organisationId = Jinshui }))["processInstanceKey"].Key();
        (await Client.PostAsJsonAsync($"/api/process-instances/{key}/cancellation", new { reason = "重复立案" })).EnsureSuccessStatusCode();
        return key;
    }

    private async Task<JsonObject> IntegrityAsync(string key, HttpClient? client = null) =>
        await (client ?? Client).GetObjectAsync($"/api/process-instances/{key}/integrity");

    private async Task SqlAsync(string sql)
    {
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>().CreateDbContextAsync();
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    [Fact]
    public async Task An_untouched_case_verifies_with_its_entries_and_head()
    {
        var key = await CancelledCaseAsync();
        var integrity = await IntegrityAsync(key);
        Assert.True((bool)integrity["valid"]!);
        Assert.Equal(4, (long)integrity["entries"]!);
        Assert.Matches("^[0-9a-f]{64}$", (string)integrity["headHash"]!);
        Assert.Null(integrity["firstBrokenAt"]);
        Assert.Null(integrity["anchoredAt"]);
    }

    [Fact]
    public async Task Rewriting_who_cancelled_in_the_database_is_found_at_that_entry()
    {
        var key = await CancelledCaseAsync();
        await SqlAsync($"UPDATE journal SET entries = REPLACE(entries, '\"by\":\"admin\"', '\"by\":\"majianguo\"') WHERE process_instance_key = {key} AND chain_position = 3");
        var history = await Client.GetItemsAsync($"/api/process-instances/{key}/history");
        Assert.Contains(history, e => (string?)e!["by"] == "majianguo");   // served back as before, but no longer silently:

        var integrity = await IntegrityAsync(key);
        Assert.False((bool)integrity["valid"]!);
        Assert.Equal(3, (long)integrity["firstBrokenAt"]!);
        Assert.Contains("修改", (string)integrity["reason"]!);
    }

    [Theory]
    [InlineData("DELETE FROM user_task_history WHERE process_instance_key = {0} AND chain_position = 2", 2)]
    [InlineData("DELETE FROM user_task_history WHERE process_instance_key = {0} AND chain_position = 4", 4)]
    [InlineData("INSERT INTO user_task_history (key, task_key, process_instance_key, event, actor, at, details) " +
        "SELECT key + 7, task_key, process_instance_key, 'COMPLETED', 'wangqiang', at, NULL FROM user_task_history WHERE process_instance_key = {0} AND chain_position = 2", 5)]
    [InlineData("INSERT INTO user_task_history (key, task_key, process_instance_key, event, actor, at, details, chain_position, previous_hash, hash) " +
        "SELECT key + 7, task_key, process_instance_key, event, actor, at, details, chain_position, previous_hash, hash FROM user_task_history WHERE process_instance_key = {0} AND chain_position = 2", 3)]
    [InlineData("UPDATE journal SET chain_position = 4 - chain_position WHERE process_instance_key = {0} AND chain_position IN (1, 3)", 1)]
    [InlineData("UPDATE user_task_history SET event = 'COMPLETED' WHERE process_instance_key = {0} AND chain_position = 4", 4)]
    public async Task Deleting_inserting_reordering_or_editing_a_row_by_sql_is_found(string sql, long brokenAt)
    {
        var key = await CancelledCaseAsync();
        await SqlAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, key));
        var integrity = await IntegrityAsync(key);
        Assert.False((bool)integrity["valid"]!, sql);
        Assert.Equal(brokenAt, (long)integrity["firstBrokenAt"]!);
        Assert.False(string.IsNullOrEmpty((string?)integrity["reason"]));
    }

    [Fact]
    public async Task Deleting_the_last_rows_and_rewinding_the_head_is_found_once_the_head_was_anchored()
    {
        var key = await CancelledCaseAsync();
        var anchor = await Factory.Services.GetRequiredService<RecordAnchorer>().AnchorAsync(CancellationToken.None);
        Assert.NotNull(anchor);
        var anchored = await IntegrityAsync(key);
        Assert.True((bool)anchored["valid"]!);
        Assert.NotNull(anchored["anchoredAt"]);

        // Drop the cancellation (rows 3 and 4) and make the instance's head point at row 2, as a careful forger would.
        await SqlAsync($"DELETE FROM user_task_history WHERE process_instance_key = {key} AND chain_position = 4");
        await SqlAsync($"DELETE FROM journal WHERE process_instance_key = {key} AND chain_position = 3");
        await SqlAsync($"UPDATE process_instances SET history_entries = 2, history_head_hash = " +
            $"(SELECT hash FROM user_task_history WHERE process_instance_key = {key} AND chain_position = 2) WHERE key = {key}");

        var integrity = await IntegrityAsync(key);
        Assert.False((bool)integrity["valid"]!);
        Assert.Equal(3, (long)integrity["firstBrokenAt"]!);
        Assert.Contains("锚定", (string)integrity["reason"]!);
    }

    [Fact]
    public async Task The_verify_command_finds_a_tampered_case_and_exits_non_zero()
    {
        var intact = await CancelledCaseAsync();
        var tampered = await CancelledCaseAsync();
        var output = new StringWriter();
        Assert.Equal(0, await VerifyCommand.RunAsync([.. Factory.DatabaseArguments, "--instance", intact], output));
        Assert.Contains("intact", output.ToString());

        await SqlAsync($"UPDATE journal SET entries = REPLACE(entries, 'admin', 'majianguo') WHERE process_instance_key = {tampered} AND chain_position = 3");
        output = new StringWriter();
        Assert.Equal(VerifyCommand.Broken, await VerifyCommand.RunAsync(Factory.DatabaseArguments, output));
        Assert.Contains($"instance {tampered}: entry 3", output.ToString());
        Assert.DoesNotContain($"instance {intact}:", output.ToString());
        Assert.Equal(VerifyCommand.Broken, await VerifyCommand.RunAsync([.. Factory.DatabaseArguments, "--instance", tampered], new StringWriter()));
    }

    [Fact]
    public async Task Integrity_follows_case_access_officers_of_another_unit_are_refused()
    {
        var key = await CancelledCaseAsync();
        var wangqiang = await Factory.CreateAuthenticatedClientAsync("wangqiang", "Demo@2026");   // 金水区: his unit's case
        Assert.True((bool)(await IntegrityAsync(key, wangqiang))["valid"]!);
        var zhangwei = await Factory.CreateAuthenticatedClientAsync("zhangwei", "Demo@2026");     // 执法稽查处: not his
        var refused = await (await zhangwei.GetAsync($"/api/process-instances/{key}/integrity")).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("case-visibility", (string?)refused["rule"]);
        var xufan = await Factory.CreateAuthenticatedClientAsync("xufan", "Demo@2026");           // designer: no case role
        Assert.Equal(HttpStatusCode.Forbidden, (await xufan.GetAsync($"/api/process-instances/{key}/integrity")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/process-instances/123456789/integrity")).StatusCode);
    }
}

public sealed class RecordIntegritySqliteTests(BpmServerFactory<Sqlite> f) : RecordIntegrityTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class RecordIntegrityPostgresTests(BpmServerFactory<Postgres> f) : RecordIntegrityTests(f), IClassFixture<BpmServerFactory<Postgres>>;
