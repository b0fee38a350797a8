using System.Net;
using Bpm.Engine.Records;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.Records;

/// <summary>Issue 16, 调阅记录: every read of case data is recorded (who, when, what, from where, why), a supervisor reading
/// another agency's case must give a reason, and the log is listed for admins, heads and supervisors within the cases
/// they may see, and hash-chained.</summary>
public abstract class AccessLogTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    private const string Jinshui = "410105-SCJGJ";
    private const string Password = "Demo@2026";

    private async Task<(string Instance, string Task)> CaseAsync()
    {
        var id = UniqueProcessId("access");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.UserTaskProcess(id)));
        var key = (await Client.StartAsync(id, new { organisationId = Jinshui }))["processInstanceKey"].Key();
        var task = (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={key}&state=CREATED"))[0]!["userTaskKey"].Key();
        return (key, task);
    }

    private Task FlushAsync() => Factory.Services.GetRequiredService<AccessLogWriter>().FlushAsync(CancellationToken.None);

    private async Task<System.Text.Json.Nodes.JsonArray> LogAsync(string key, HttpClient? client = null)
    {
        await FlushAsync();
        return await (client ?? Client).GetItemsAsync($"/api/access-log?processInstanceKey={key}");
    }

    [Fact]
    public async Task Reads_of_the_case_its_history_and_its_task_are_recorded_with_who_what_and_when()
    {
        var (key, task) = await CaseAsync();
        var wangqiang = await Factory.CreateAuthenticatedClientAsync("wangqiang", Password);
        Assert.Equal(HttpStatusCode.OK, (await wangqiang.GetAsync($"/api/process-instances/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await wangqiang.GetAsync($"/api/process-instances/{key}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"/api/user-tasks/{task}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"/api/user-tasks/{task}/history")).StatusCode);

        var log = await LogAsync(key);
        Assert.Equal(["history", "instance"], Reads(log, "wangqiang"));
        Assert.Equal([$"task-history:{task}", $"task:{task}"], Reads(log, "admin"));   // a task read is found under its case
        Assert.All(log, e => Assert.Equal(key, (string?)e!["processInstanceKey"]));
        // The in-memory test server has no client address; a real connection's is recorded (CaseReadFilter).
        Assert.All(log, e => Assert.Matches("^[0-9a-f]{64}$", (string)e!["hash"]!));
    }

    private static List<string> Reads(System.Text.Json.Nodes.JsonArray log, string username) =>
        log.Where(e => (string?)e!["username"] == username).Select(e => (string)e!["resource"]!).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task A_refused_read_is_not_recorded_as_a_read()
    {
        var (key, _) = await CaseAsync();
        var zhangwei = await Factory.CreateAuthenticatedClientAsync("zhangwei", Password);   // 执法稽查处: not his case
        Assert.Equal(HttpStatusCode.Forbidden, (await zhangwei.GetAsync($"/api/process-instances/{key}")).StatusCode);
        Assert.DoesNotContain(await LogAsync(key), e => (string?)e!["username"] == "zhangwei");
    }

    [Fact]
    public async Task A_supervisor_reading_another_agencys_case_must_give_a_reason_which_is_recorded()
    {
        var (key, _) = await CaseAsync();
        var guoxiaoyan = await Factory.CreateAuthenticatedClientAsync("guoxiaoyan", Password);   // 郑州市司法局, supervises 郑州市
        var refused = await (await guoxiaoyan.GetAsync($"/api/process-instances/{key}")).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("access-reason", (string?)refused["rule"]);
        Assert.Contains("调阅理由", (string)refused["detail"]!);
        Assert.Contains("X-Bpm-Access-Reason", (string)refused["detail"]!);

        Assert.Equal(HttpStatusCode.OK, (await guoxiaoyan.GetAsync($"/api/process-instances/{key}/history?reason=年度案卷评查")).StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/process-instances/{key}");
        request.Headers.Add("X-Bpm-Access-Reason", Uri.EscapeDataString("投诉核查"));
        Assert.Equal(HttpStatusCode.OK, (await guoxiaoyan.SendAsync(request)).StatusCode);

        var log = await LogAsync(key);
        var reasons = log.Where(e => (string?)e!["username"] == "guoxiaoyan").Select(e => ((string)e!["resource"]!, (string?)e["reason"])).Order().ToList();
        Assert.Equal([("history", "年度案卷评查"), ("instance", "投诉核查")], reasons);
        var tooLong = await guoxiaoyan.GetAsync($"/api/process-instances/{key}?reason={new string('理', 501)}");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    [Fact]
    public async Task The_log_is_for_admins_heads_and_supervisors_each_within_the_cases_they_may_see()
    {
        var (key, _) = await CaseAsync();
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"/api/process-instances/{key}")).StatusCode);   // admin reads
        await FlushAsync();

        Assert.NotEmpty(await LogAsync(key));                                                                       // admin
        Assert.NotEmpty(await LogAsync(key, await Factory.CreateAuthenticatedClientAsync("huangzhigang", Password))); // head of 金水区
        Assert.NotEmpty(await LogAsync(key, await Factory.CreateAuthenticatedClientAsync("guoxiaoyan", Password)));   // supervises 郑州市
        Assert.Empty(await LogAsync(key, await Factory.CreateAuthenticatedClientAsync("yangfan", Password)));        // head of 执法稽查处
        Assert.Empty(await LogAsync(key, await Factory.CreateAuthenticatedClientAsync("hewei", Password)));          // supervises 中牟县
        foreach (var user in new[] { "wangqiang", "wujing", "xufan" })
        {
            var client = await Factory.CreateAuthenticatedClientAsync(user, Password);
            var refused = await (await client.GetAsync($"/api/access-log?processInstanceKey={key}")).ReadProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal("access-log-role", (string?)refused["rule"]);
        }
        var bad = await (await Client.GetAsync("/api/access-log?from=yesterday")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("from", bad.ToJsonString());
    }

    [Fact]
    public async Task The_access_log_is_hash_chained_and_an_edited_row_is_found()
    {
        var (key, _) = await CaseAsync();
        for (var i = 0; i < 3; i++) await Client.GetAsync($"/api/process-instances/{key}/history");
        await FlushAsync();
        var verifier = Factory.Services.GetRequiredService<RecordVerifier>();
        var report = await verifier.VerifySharedChainAsync("access", CancellationToken.None);
        Assert.True(report.Valid, report.Reason);
        Assert.True(report.Entries >= 3);

        await using (var db = await Factory.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Bpm.Engine.Persistence.BpmDbContext>>().CreateDbContextAsync())
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database,
                "UPDATE access_log SET username = 'nobody' WHERE chain_position = 2");
        var tampered = await verifier.VerifySharedChainAsync("access", CancellationToken.None);
        Assert.False(tampered.Valid);
        Assert.Equal(2, tampered.FirstBrokenAt);
    }
}

public sealed class AccessLogSqliteTests(BpmServerFactory<Sqlite> f) : AccessLogTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class AccessLogPostgresTests(BpmServerFactory<Postgres> f) : AccessLogTests(f), IClassFixture<BpmServerFactory<Postgres>>;
