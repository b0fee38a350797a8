using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Bpm.Engine.Records;
using Bpm.Server.Records;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Server.Tests.Workflows;
using Microsoft.AspNetCore.Routing;
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

    /// <summary>A case with a generated document (job), an open task with an escalation boundary event (code need-help)
    /// leading to a head's decision task.</summary>
    private static string CaseDataModel(string id) => TestModels.Process(id, """
        <bpmn:startEvent id="start" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="decision" />
        <bpmn:serviceTask id="decision">
          <bpmn:extensionElements>
            <zeebe:taskDefinition type="bpm:generate-document" />
            <zeebe:ioMapping><zeebe:input source="=&quot;行政处罚决定书&quot;" target="documentType" /></zeebe:ioMapping>
          </bpmn:extensionElements>
        </bpmn:serviceTask>
        <bpmn:sequenceFlow id="f2" sourceRef="decision" targetRef="review" />
        <bpmn:userTask id="review" name="审查"><bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="review-team" /><zeebe:formDefinition formId="access-review-form" /></bpmn:extensionElements></bpmn:userTask>
        <bpmn:sequenceFlow id="f3" sourceRef="review" targetRef="end" />
        <bpmn:endEvent id="end" />
        <bpmn:boundaryEvent id="help" attachedToRef="review"><bpmn:escalationEventDefinition escalationRef="esc" /></bpmn:boundaryEvent>
        <bpmn:sequenceFlow id="f4" sourceRef="help" targetRef="decide" />
        <bpmn:userTask id="decide" name="负责人决定"><bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="decision-team" /></bpmn:extensionElements></bpmn:userTask>
        <bpmn:sequenceFlow id="f5" sourceRef="decide" targetRef="end2" />
        <bpmn:endEvent id="end2" />
        """).Replace("</bpmn:definitions>", "<bpmn:escalation id=\"esc\" escalationCode=\"need-help\" /></bpmn:definitions>", StringComparison.Ordinal);

    private static readonly (string, string) ReviewForm = ("access-review-form.form", """
        { "id": "access-review-form", "type": "default", "schemaVersion": 16, "components": [
          { "key": "opinion", "type": "textfield", "label": "审查意见" } ] }
        """);

    /// <summary>Every GET route that returns a case's data, by the resource its read is recorded as; the route inventory
    /// test below fails when a route that returns case data is not here.</summary>
    private static readonly string[] CaseDataRoutes =
    [
        "/api/process-instances/{key}", "/api/process-instances/{key}/history", "/api/process-instances/{key}/integrity",
        "/api/process-instances/{key}/documents", "/api/documents/{documentKey}", "/api/process-instances/{key}/comments",
        "/api/process-instances/{key}/case-file", "/api/user-tasks/{key}", "/api/user-tasks/{key}/form", "/api/user-tasks/{key}/comments",
        "/api/user-tasks/{key}/attachments", "/api/user-tasks/{key}/attachments/{attachmentKey}", "/api/user-tasks/{key}/history",
        "/api/escalations/{key}",
    ];

    [Fact]
    public async Task Every_route_that_returns_case_data_records_its_read_under_the_case()
    {
        var id = UniqueProcessId("access-routes");
        await Client.DeployAsync(($"{id}.bpmn", CaseDataModel(id)), ReviewForm);
        var key = (await Client.StartAsync(id, new
        {
            organisationId = Jinshui, caseNumber = "豫郑市监立〔2026〕0043号", decisionNumber = "郑市监罚字〔2026〕16号", party = new { name = "郑州某食品有限公司" },
        }))["processInstanceKey"].Key();
        var document = (await ScenarioDriver.EventuallyAsync(async () =>
            (await Client.GetItemsAsync($"/api/process-instances/{key}/documents")).FirstOrDefault(), "the generated document"))!["documentKey"].Key();
        var task = (await ScenarioDriver.EventuallyAsync(async () =>
            (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={key}&state=CREATED")).FirstOrDefault(), "the review task"))!["userTaskKey"].Key();
        using var file = new ByteArrayContent([1, 2, 3]);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var upload = new MultipartFormDataContent { { file, "file", "询问笔录.pdf" } };
        var attachment = (await (await Client.PostAsync($"/api/user-tasks/{task}/attachments", upload)).ReadJsonObjectAsync(HttpStatusCode.Created))["attachmentKey"].Key();
        Assert.Equal(HttpStatusCode.Created, (await Client.PostAsJsonAsync($"/api/user-tasks/{task}/comments", new { text = "已核对" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Client.PostAsJsonAsync($"/api/process-instances/{key}/comments", new { text = "案情复杂" })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.PostAsJsonAsync($"/api/user-tasks/{task}/assignment", new { assignee = "wangqiang" })).StatusCode);
        var wangqiang = await Factory.CreateAuthenticatedClientAsync("wangqiang", Password);   // an officer of 金水区, the task's assignee
        var reads = new Dictionary<string, string>
        {
            [$"/api/process-instances/{key}"] = "instance",
            [$"/api/process-instances/{key}/history"] = "history",
            [$"/api/process-instances/{key}/integrity"] = "integrity",
            [$"/api/process-instances/{key}/documents"] = "documents",
            [$"/api/documents/{document}"] = $"document:{document}",
            [$"/api/process-instances/{key}/comments"] = "comments",
            [$"/api/process-instances/{key}/case-file"] = "case-file",
            [$"/api/user-tasks/{task}"] = $"task:{task}",
            [$"/api/user-tasks/{task}/form"] = $"task-form:{task}",
            [$"/api/user-tasks/{task}/comments"] = $"task-comments:{task}",
            [$"/api/user-tasks/{task}/attachments"] = $"task-attachments:{task}",
            [$"/api/user-tasks/{task}/attachments/{attachment}"] = $"task:{task}/attachment:{attachment}",
            [$"/api/user-tasks/{task}/history"] = $"task-history:{task}",
        };
        foreach (var url in reads.Keys)
            Assert.True((await wangqiang.GetAsync(url)).IsSuccessStatusCode, url);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.PostAsJsonAsync($"/api/user-tasks/{task}/escalation", new { code = "need-help" })).StatusCode);
        var escalation = (await Client.GetItemsAsync($"/api/escalations?processInstanceKey={key}"))[0]!["escalationKey"].Key();
        var huangzhigang = await Factory.CreateAuthenticatedClientAsync("huangzhigang", Password);   // head of 金水区
        Assert.Equal(HttpStatusCode.OK, (await huangzhigang.GetAsync($"/api/escalations/{escalation}")).StatusCode);

        var log = await LogAsync(key);
        Assert.Equal(reads.Values.Order(StringComparer.Ordinal), Reads(log, "wangqiang"));
        Assert.Equal([$"escalation:{escalation}"], Reads(log, "huangzhigang"));
    }

    [Fact]
    public async Task A_supervisor_reading_another_agencys_escalation_must_give_a_reason_which_is_recorded()
    {
        var id = UniqueProcessId("access-escalation");
        await Client.DeployAsync(($"{id}.bpmn", CaseDataModel(id)), ReviewForm);
        var key = (await Client.StartAsync(id, new { organisationId = Jinshui, party = new { name = "郑州某食品有限公司" } }))["processInstanceKey"].Key();
        var task = (await ScenarioDriver.EventuallyAsync(async () =>
            (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={key}&state=CREATED")).FirstOrDefault(), "the review task"))!["userTaskKey"].Key();
        Assert.Equal(HttpStatusCode.NoContent, (await Client.PostAsJsonAsync($"/api/user-tasks/{task}/escalation", new { code = "need-help" })).StatusCode);
        var escalation = (await Client.GetItemsAsync($"/api/escalations?processInstanceKey={key}"))[0]!["escalationKey"].Key();

        var guoxiaoyan = await Factory.CreateAuthenticatedClientAsync("guoxiaoyan", Password);   // 郑州市司法局, supervises 郑州市
        var refused = await (await guoxiaoyan.GetAsync($"/api/escalations/{escalation}")).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("access-reason", (string?)refused["rule"]);
        Assert.Equal(HttpStatusCode.OK, (await guoxiaoyan.GetAsync($"/api/escalations/{escalation}?reason=督办核查")).StatusCode);

        var log = await LogAsync(key);
        Assert.Equal([($"escalation:{escalation}", (string?)"督办核查")],
            log.Where(e => (string?)e!["username"] == "guoxiaoyan").Select(e => ((string)e!["resource"]!, (string?)e["reason"])).ToList());
    }

    [Fact]
    public void Every_GET_route_with_a_case_key_records_its_reads()
    {
        var routes = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => (Pattern: "/" + e.RoutePattern.RawText!.Trim('/'), Recorded: e.Metadata.GetMetadata<CaseReadRoute>() is not null))
            .Where(r => r.Pattern.StartsWith("/api/process-instances/{", StringComparison.Ordinal) || r.Pattern.StartsWith("/api/user-tasks/{", StringComparison.Ordinal)
                || r.Pattern.StartsWith("/api/documents/{", StringComparison.Ordinal) || r.Pattern.StartsWith("/api/escalations/{", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(CaseDataRoutes.Order(StringComparer.Ordinal), routes.Select(r => r.Pattern).Order(StringComparer.Ordinal));
        Assert.All(routes, r => Assert.True(r.Recorded, $"{r.Pattern} returns case data but does not record its reads (RecordsCaseRead)"));
    }

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
