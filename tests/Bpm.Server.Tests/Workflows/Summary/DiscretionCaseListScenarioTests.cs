using System.Net;
using System.Text.Json.Nodes;
using Bpm.Engine.Records;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Server.Tests.Workflows.License;
using Microsoft.Extensions.DependencyInjection;
using Bpm.Testing;

namespace Bpm.Server.Tests.Workflows.Summary;

/// <summary><c>GET /api/statistics/discretion/cases</c> lists the cases behind each count of the discretion statistics: the
/// cases of a bucket are exactly those the count counted, under the statistics' filters, per violation, per unit and per
/// cell of the unit × violation table; a caller sees only the cases the case rules let them see (the others are counted in
/// <c>hidden</c>); every listed case is recorded in the access log. Cases decided through the API (简易程序, 执法稽查处).</summary>
public abstract class DiscretionCaseListScenarioTests(BpmServerFactory factory)
{
    private const string DemoPassword = "Demo@2026";
    private const string Inspection = "410100-SCJGJ-ZFJCC";
    private static readonly string[] Buckets = ["decisions", "within", "above", "below", "notApplicable", "deviations", "deviationsReasoned"];
    private readonly ScenarioDriver driver = new(factory);

    /// <summary>Five decisions of the day: within, above (reasoned), below (reasoned), a warning, a fine without a violation.</summary>
    private async Task<List<string>> DecideTheDayAsync()
    {
        var cases = new DecidedSummaryCases(driver);
        return
        [
            await cases.DecidedAsync("price-unmarked", "轻微", organisation: true, "Fine", 1000),
            await cases.DecidedAsync("price-unmarked", "轻微", organisation: true, "Fine", 2500, "当事人拒不改正且多次被投诉，按幅度以上处罚"),
            await cases.DecidedAsync("price-unmarked", "一般", organisation: false, "Fine", 200, "简易程序罚款上限为二百元，低于基准下限处罚"),
            await cases.DecidedAsync("price-unmarked", "一般", organisation: false, "Warning", null),
            await cases.DecidedAsync(null, "", organisation: false, "Fine", 100),
        ];
    }

    private static int Count(JsonNode row, string bucket) => bucket == "deviations"
        ? row["above"]!.GetValue<int>() + row["below"]!.GetValue<int>()
        : row[bucket]!.GetValue<int>();

    /// <summary>Every page of a list (three cases a page), with the first page's totals.</summary>
    private static async Task<(List<JsonObject> Items, long Total, long Hidden)> ListAsync(HttpClient client, string query)
    {
        var items = new List<JsonObject>();
        for (var page = 1; ; page++)
        {
            var answer = await client.GetObjectAsync($"/api/statistics/discretion/cases?{query}&page={page}&pageSize=3");
            var rows = answer["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
            items.AddRange(rows);
            if (rows.Count < 3)
                return (items, answer["total"]!.GetValue<long>(), answer["hidden"]!.GetValue<long>());
        }
    }

    private static bool InBucket(JsonObject item, string bucket)
    {
        var position = item["position"]!.GetValue<string>();
        return bucket switch
        {
            "decisions" => true,
            "deviations" => position is "above" or "below",
            "deviationsReasoned" => item["reasoned"]!.GetValue<bool>(),
            _ => position == bucket,
        };
    }

    [Fact]
    public async Task Each_count_lists_exactly_the_cases_it_counted_under_unit_violation_and_period_filters()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var day = $"from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        await DecideTheDayAsync();
        var admin = await driver.AdminAsync();
        string[] filters =
        [
            "", day, "unit=410100-SCJGJ", "violation=price-unmarked", "violation=-", $"{day}&unit={Inspection}&violation=price-unmarked",
            $"from={today.AddDays(1):yyyy-MM-dd}", "unit=410200-SCJGJ",
        ];
        foreach (var filter in filters)
        {
            var statistics = await admin.GetObjectAsync($"/api/statistics/discretion?{filter}");
            foreach (var bucket in Buckets)
            {
                var (items, total, hidden) = await ListAsync(admin, $"bucket={bucket}&{filter}");
                var counted = Count(statistics["total"]!, bucket);
                Assert.True(items.Count == counted, $"{filter} {bucket}: {items.Count} listed, {counted} counted");
                Assert.Equal(counted, total);
                Assert.Equal(0, hidden);
                Assert.Equal(items.Count, items.Select(i => i["processInstanceKey"]!.GetValue<string>()).Distinct().Count());
                Assert.All(items, i => Assert.True(InBucket(i, bucket), $"{bucket}: {i.ToJsonString()}"));
            }
        }
        var decided = await admin.GetObjectAsync($"/api/statistics/discretion?{day}");
        Assert.True(Count(decided["total"]!, "deviations") >= 2, decided.ToJsonString());
        Assert.True(Count(decided["total"]!, "notApplicable") >= 2, decided.ToJsonString());

        // Each row of the per-violation and per-unit tables and each cell of the unit × violation table.
        foreach (var row in decided["byViolation"]!.AsArray())
            foreach (var bucket in Buckets)
                Assert.Equal(Count(row!, bucket), (await ListAsync(admin, $"bucket={bucket}&{day}&violation={Key(row!["key"])}")).Items.Count);
        foreach (var row in decided["byUnit"]!.AsArray())
            foreach (var bucket in Buckets)
                Assert.Equal(Count(row!, bucket), (await ListAsync(admin, $"bucket={bucket}&{day}&organisation={Key(row!["key"])}")).Items.Count);
        var cells = decided["byViolationAndUnit"]!.AsArray();
        Assert.NotEmpty(cells);
        foreach (var cell in cells)
            foreach (var bucket in Buckets)
                Assert.Equal(Count(cell!, bucket),
                    (await ListAsync(admin, $"bucket={bucket}&{day}&violation={Key(cell!["violation"])}&organisation={Key(cell["unit"])}")).Items.Count);
    }

    private static string Key(JsonNode? key) => key is null ? "-" : Uri.EscapeDataString(key.GetValue<string>());

    [Fact]
    public async Task A_listed_case_carries_its_number_party_range_fine_and_decision_date()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var keys = await DecideTheDayAsync();
        var admin = await driver.AdminAsync();
        var (items, _, _) = await ListAsync(admin, $"bucket=above&from={today:yyyy-MM-dd}&violation=price-unmarked");
        var above = Assert.Single(items, i => i["processInstanceKey"]!.GetValue<string>() == keys[1]);
        var instance = await driver.InstanceAsync(keys[1]);
        Assert.Equal(Inspection, above["organisationId"]!.GetValue<string>());
        Assert.Equal("price-unmarked", above["violationType"]!.GetValue<string>());
        Assert.Equal(0m, above["minFine"]!.GetValue<decimal>());
        Assert.Equal(1500m, above["maxFine"]!.GetValue<decimal>());
        Assert.Equal(2500m, above["fine"]!.GetValue<decimal>());
        Assert.True(above["reasoned"]!.GetValue<bool>());
        Assert.Equal($"{today:yyyy-MM-dd}", above["decidedOn"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(above["caseNumber"]?.GetValue<string>()), above.ToJsonString());
        Assert.Equal(instance["bpmnProcessId"]!.GetValue<string>(), above["procedure"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(above["partyName"]?.GetValue<string>()), above.ToJsonString());

        var bad = await (await admin.GetAsync("/api/statistics/discretion/cases?bucket=sideways")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("bucket", bad["field"]!.GetValue<string>());
        Assert.Contains("统计", bad["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var tooMany = await (await admin.GetAsync("/api/statistics/discretion/cases?bucket=above&pageSize=1000")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("pageSize", tooMany["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Each_role_lists_only_the_cases_it_may_see_and_an_officer_or_designer_is_refused()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var keys = await DecideTheDayAsync();
        var filter = $"from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}&unit={Inspection}";
        var query = $"bucket=decisions&{filter}";
        var counted = (await (await driver.AdminAsync()).GetObjectAsync($"/api/statistics/discretion?{filter}"))["total"]!["decisions"]!.GetValue<int>();
        Assert.True(counted >= keys.Count);

        // (user, sees the 执法稽查处 cases): a head of the unit or above it, the city's supervisor and the admin do; the head
        // and the reviewer of 金水区 do not, though the counts they are shown are the same.
        (string User, bool Sees)[] allowed =
        [
            ("admin", true), ("yangfan", true), ("majianguo", true), ("guoxiaoyan", true), ("huangzhigang", false), ("wujing", false),
        ];
        foreach (var (user, sees) in allowed)
        {
            var client = await driver.AsAsync(user);
            var statistics = await client.GetObjectAsync($"/api/statistics/discretion?{filter}");
            Assert.Equal(counted, statistics["total"]!["decisions"]!.GetValue<int>());
            var (items, total, hidden) = await ListAsync(client, query);
            Assert.Equal(sees ? counted : 0, items.Count);
            Assert.Equal(sees ? counted : 0, total);
            Assert.Equal(sees ? 0 : counted, hidden);
            if (sees) Assert.Subset(items.Select(i => i["processInstanceKey"]!.GetValue<string>()).ToHashSet(), keys.ToHashSet());
        }
        foreach (var user in new[] { "zhangwei", "xufan" })
        {
            using var client = await factory.CreateAuthenticatedClientAsync(user, DemoPassword);
            var refused = await (await client.GetAsync($"/api/statistics/discretion/cases?{query}")).ReadProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal("discretion-statistics-role", refused["rule"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Each_listed_case_is_recorded_in_the_access_log_with_the_reason_given()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var keys = await DecideTheDayAsync();
        var supervisor = await driver.AsAsync("guoxiaoyan");
        var query = $"/api/statistics/discretion/cases?bucket=above&from={today:yyyy-MM-dd}&violation=price-unmarked&pageSize=200";
        using var request = new HttpRequestMessage(HttpMethod.Get, query);
        request.Headers.Add("X-Bpm-Access-Reason", Uri.EscapeDataString("裁量基准执行情况评查"));
        var listed = await (await supervisor.SendAsync(request)).ReadJsonObjectAsync(HttpStatusCode.OK);
        Assert.Contains(listed["items"]!.AsArray(), i => i!["processInstanceKey"]!.GetValue<string>() == keys[1]);

        var wujing = await driver.AsAsync("wujing");   // 金水区: sees none of them, so reads none
        Assert.Empty((await wujing.GetObjectAsync(query))["items"]!.AsArray());

        await factory.Services.GetRequiredService<AccessLogWriter>().FlushAsync(CancellationToken.None);
        var log = await (await driver.AdminAsync()).GetItemsAsync($"/api/access-log?processInstanceKey={keys[1]}");
        var read = Assert.Single(log, e => e!["username"]!.GetValue<string>() == "guoxiaoyan");
        Assert.Equal("discretion-cases", read!["resource"]!.GetValue<string>());
        Assert.Equal("裁量基准执行情况评查", read["reason"]!.GetValue<string>());
        Assert.DoesNotContain(log, e => e!["username"]!.GetValue<string>() == "wujing");
        // A case not in the list (within the range) was not read.
        Assert.DoesNotContain(await (await driver.AdminAsync()).GetItemsAsync($"/api/access-log?processInstanceKey={keys[0]}"),
            e => e!["username"]!.GetValue<string>() == "guoxiaoyan");
    }
}
