using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Security;

/// <summary>The permission matrix of docs/security.md, one test per cell (role × route), on SQLite and PostgreSQL, with the
/// demo people of the server's seed. Each row says who signs in, which case they are looked at against and what they
/// reach; each route turns that into the expected answer.</summary>
public abstract class CaseAccessMatrixTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    public enum Level { None, Read, Act, NoCaseRole }

    /// <summary>Who, the case's unit, their reach over it, whether the task rules let them see its task, whether they see
    /// statistics, and the rule (or null: 201) when starting a case in their own unit / in another one.</summary>
    public sealed record Row(string Label, string User, string Unit, Level Level, bool SeesTask, bool Statistics,
        string? StartOwn, string? StartOther, string OtherUnit);

    private const string Z = CaseAccessWorld.Inspection;
    private const string J = CaseAccessWorld.Jinshui;
    private const string NotAllowed = "process-start-not-allowed";
    private const string Elsewhere = "case-start-organisation";

    public static readonly IReadOnlyList<Row> Rows =
    [
        new("officer-own-unit", "zhangwei", Z, Level.Act, true, false, null, Elsewhere, J),
        new("officer-other-unit", "wangqiang", Z, Level.None, false, false, null, Elsewhere, Z),
        new("reviewer-own-unit", "wujing", J, Level.Read, false, false, NotAllowed, NotAllowed, Z),
        new("reviewer-other-unit", "zhoumin", J, Level.None, false, false, NotAllowed, NotAllowed, J),
        new("head-of-unit", "yangfan", Z, Level.Act, true, true, null, Elsewhere, J),
        new("head-above", "majianguo", Z, Level.Act, true, true, null, Elsewhere, J),
        new("head-other-district", "huangzhigang", Z, Level.None, false, true, null, Elsewhere, Z),
        new("supervisor-supervising", "guoxiaoyan", Z, Level.Read, true, true, NotAllowed, NotAllowed, J),
        new("supervisor-not-supervising", "hewei", Z, Level.None, false, true, NotAllowed, NotAllowed, J),
        new("designer", "xufan", Z, Level.NoCaseRole, false, true, "case-role", "case-role", J),
        new("admin", "admin", Z, Level.Act, true, true, null, null, J),
        new("participant-other-unit", "liuyang", Z, Level.Read, true, false, null, Elsewhere, Z),
    ];

    public static readonly string[] Routes =
    [
        "list", "get", "history", "documents", "document-download", "attachments", "task-form", "incidents-list", "incidents-of-case",
        "deadline-pause", "deadline-resume", "deadline-extend", "incident-resolve", "cancellation", "statistics", "start-own-unit",
        "start-other-unit", "variable-edit",
    ];

    /// <summary>Who passes the variable-edit policy (heads and admin); the case-access rules then decide per case.</summary>
    private static readonly HashSet<string> VariableEditors = ["yangfan", "majianguo", "huangzhigang", "admin"];

    public static IEnumerable<object[]> Cells() => from row in Rows from route in Routes select new object[] { row.Label, route };

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Cell(string label, string route)
    {
        var row = Rows.Single(r => r.Label == label);
        var world = await CaseAccessWorld.OfAsync(Factory);
        var client = await world.AsAsync(row.User);
        var shared = world.Cases[row.Unit];
        switch (route)
        {
            case "list":
                await Listed(client, $"/api/process-instances?bpmnProcessId={world.ProcessId}&pageSize=500", "processInstanceKey", shared.InstanceKey, row);
                break;
            case "incidents-list":
                await Listed(client, "/api/incidents?state=ACTIVE", "incidentKey", shared.IncidentKey, row);
                break;
            case "get": await Read(client.GetAsync($"/api/process-instances/{shared.InstanceKey}"), row); break;
            case "history": await Read(client.GetAsync($"/api/process-instances/{shared.InstanceKey}/history"), row); break;
            case "documents": await Read(client.GetAsync($"/api/process-instances/{shared.InstanceKey}/documents"), row); break;
            case "document-download": await Read(client.GetAsync($"/api/documents/{shared.DocumentKey}"), row); break;
            case "incidents-of-case":
                await Listed(client, $"/api/incidents?processInstanceKey={shared.InstanceKey}", "incidentKey", shared.IncidentKey, row);
                break;
            case "attachments": await TaskRoute(client.GetAsync($"/api/user-tasks/{shared.TaskKey}/attachments"), row); break;
            case "task-form": await TaskRoute(client.GetAsync($"/api/user-tasks/{shared.TaskKey}/form"), row); break;
            case "deadline-pause":
                await Act(world, row, c => client.PostAsJsonAsync($"/api/process-instances/{c.InstanceKey}/deadlines/decision/pause", new { reason = "听证" }),
                    HttpStatusCode.OK);
                break;
            case "deadline-resume":
                await Act(world, row, async c =>
                {
                    var admin = await world.AsAsync("admin");
                    (await admin.PostAsJsonAsync($"/api/process-instances/{c.InstanceKey}/deadlines/decision/pause", new { reason = "听证" })).EnsureSuccessStatusCode();
                    return await client.PostAsJsonAsync($"/api/process-instances/{c.InstanceKey}/deadlines/decision/resume", new { reason = "听证结束" });
                }, HttpStatusCode.OK, pauseSharedFirst: true);
                break;
            case "deadline-extend":
                await Act(world, row, c => client.PostAsJsonAsync($"/api/process-instances/{c.InstanceKey}/deadlines/decision/extension",
                    new { days = 5, reason = "案情复杂" }), HttpStatusCode.OK);
                break;
            case "incident-resolve":
                await Act(world, row, c => client.PostAsJsonAsync($"/api/incidents/{c.IncidentKey}/resolution", new { note = "已核实" }),
                    HttpStatusCode.NoContent);
                break;
            case "cancellation":
                await Act(world, row, c => client.PostAsJsonAsync($"/api/process-instances/{c.InstanceKey}/cancellation", new { reason = "立案错误" }),
                    HttpStatusCode.NoContent);
                break;
            case "statistics":
                var statistics = await client.GetAsync($"/api/process-definitions/{world.DefinitionKey}/statistics");
                if (row.Statistics) Assert.Equal(HttpStatusCode.OK, statistics.StatusCode);
                else await Denied(statistics, "statistics-role");
                break;
            case "variable-edit":
                if (VariableEditors.Contains(row.User))
                    await Act(world, row, c => client.PutAsJsonAsync($"/api/process-instances/{c.InstanceKey}/variables/amount",
                        new { value = 2, reason = "更正罚款金额" }), HttpStatusCode.NoContent);
                else
                    await Refused(world, () => client.PutAsJsonAsync($"/api/process-instances/{shared.InstanceKey}/variables/amount",
                        new { value = 2, reason = "更正罚款金额" }), shared, "variable-edit-role");
                break;
            case "start-own-unit":
                await Start(world, client, row, organisationId: null, row.StartOwn);
                break;
            case "start-other-unit":
                await Start(world, client, row, row.OtherUnit, row.StartOther);
                break;
            default: throw new ArgumentOutOfRangeException(nameof(route), route, null);
        }
    }

    private static async Task Listed(HttpClient client, string url, string keyField, string key, Row row)
    {
        var response = await client.GetAsync(url);
        if (row.Level == Level.NoCaseRole)
        {
            await Denied(response, "case-role");
            return;
        }
        var items = (await response.ReadJsonObjectAsync(HttpStatusCode.OK))["items"]!.AsArray();
        Assert.Equal(row.Level != Level.None, items.Any(i => (string?)i![keyField] == key));
    }

    private static async Task Read(Task<HttpResponseMessage> call, Row row)
    {
        var response = await call;
        switch (row.Level)
        {
            case Level.NoCaseRole: await Denied(response, "case-role"); break;
            case Level.None: await Denied(response, "case-visibility"); break;
            default: Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}"); break;
        }
    }

    private static async Task TaskRoute(Task<HttpResponseMessage> call, Row row)
    {
        var response = await call;
        if (row.Level == Level.NoCaseRole) await Denied(response, "case-role");
        else if (!row.SeesTask) await Denied(response, "task-visibility");
        else Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Allowed: on a fresh case (the command changes it). Refused: on the shared case, which must stay as it was.</summary>
    private static async Task Act(CaseAccessWorld world, Row row, Func<CaseAccessWorld.Case, Task<HttpResponseMessage>> call,
        HttpStatusCode allowed, bool pauseSharedFirst = false)
    {
        if (row.Level == Level.Act)
        {
            var fresh = await world.FreshCaseAsync(row.Unit);
            var response = await call(fresh);
            Assert.True(response.StatusCode == allowed, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            return;
        }
        var shared = world.Cases[row.Unit];
        var admin = await world.AsAsync("admin");
        var before = await admin.GetObjectAsync($"/api/process-instances/{shared.InstanceKey}");
        var refused = await call(shared);
        // The resume cell pauses the shared case as admin first: undo that, and compare what the refused caller left.
        if (pauseSharedFirst)
            (await admin.PostAsJsonAsync($"/api/process-instances/{shared.InstanceKey}/deadlines/decision/resume", new { reason = "复原" }))
                .EnsureSuccessStatusCode();
        await Denied(refused, row.Level switch { Level.NoCaseRole => "case-role", Level.None => "case-visibility", _ => "case-read-only" });
        var after = await admin.GetObjectAsync($"/api/process-instances/{shared.InstanceKey}");
        Assert.Equal("ACTIVE", (string)after["state"]!);
        Assert.Equal(before["incidents"]!.AsArray().Count, after["incidents"]!.AsArray().Count);
        if (!pauseSharedFirst) Assert.Equal(before["variables"]!["deadlines"]!.ToJsonString(), after["variables"]!["deadlines"]!.ToJsonString());
    }

    /// <summary>Refused by a route policy: the 403 names the rule and the shared case's variables are as they were.</summary>
    private static async Task Refused(CaseAccessWorld world, Func<Task<HttpResponseMessage>> call, CaseAccessWorld.Case shared, string rule)
    {
        var admin = await world.AsAsync("admin");
        var before = await admin.GetObjectAsync($"/api/process-instances/{shared.InstanceKey}");
        await Denied(await call(), rule);
        var after = await admin.GetObjectAsync($"/api/process-instances/{shared.InstanceKey}");
        Assert.Equal(before["variables"]!.ToJsonString(), after["variables"]!.ToJsonString());
    }

    private static async Task Start(CaseAccessWorld world, HttpClient client, Row row, string? organisationId, string? rule)
    {
        var response = await client.PostAsJsonAsync("/api/process-instances", new { bpmnProcessId = world.StartProcessId, organisationId });
        if (rule is not null)
        {
            await Denied(response, rule);
            return;
        }
        var started = await response.ReadJsonObjectAsync(HttpStatusCode.Created);
        var admin = await world.AsAsync("admin");
        var instance = await admin.GetObjectAsync($"/api/process-instances/{started["processInstanceKey"].Key()}");
        var expected = organisationId ?? (row.User == "admin" ? null : await OwnUnitAsync(admin, row.User));
        Assert.Equal(expected, (string?)instance["organisationId"]);
        Assert.Equal(expected, (string?)instance["variables"]!["organisationId"]);
        var history = await admin.GetItemsAsync($"/api/process-instances/{started["processInstanceKey"].Key()}/history");
        Assert.Equal(row.User, (string?)history.First(e => (string?)e!["event"] == "ACTIVATED" && (string?)e["elementType"] == "process")!["by"]);
    }

    private static async Task<string> OwnUnitAsync(HttpClient admin, string username) =>
        (string)(await admin.GetObjectAsync($"/api/users/{username}"))["organisationId"]!;

    private static async Task Denied(HttpResponseMessage response, string rule)
    {
        var problem = await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(rule, (string?)problem["rule"]);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", (string)problem["detail"]!);
    }
}

public sealed class CaseAccessMatrixSqliteTests(BpmServerFactory<Sqlite> f) : CaseAccessMatrixTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class CaseAccessMatrixPostgresTests(BpmServerFactory<Postgres> f) : CaseAccessMatrixTests(f), IClassFixture<BpmServerFactory<Postgres>>;
