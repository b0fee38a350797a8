using System.Net;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Server.Tests.Workflows.License;

namespace Bpm.Server.Tests.Workflows.Summary;

/// <summary><c>GET /api/statistics/discretion</c> counts penalty decisions within, above and below their discretion
/// benchmark per violation and per unit, from cases decided through the API (行政处罚简易程序 on the real engine), and is
/// for reviewers, heads, supervisors and admin only.</summary>
public abstract class DiscretionStatisticsScenarioTests(BpmServerFactory factory)
{
    private const string DemoPassword = "Demo@2026";
    private static readonly string[] Fields = ["decisions", "within", "above", "below", "notApplicable", "deviationsReasoned"];
    private readonly ScenarioDriver driver = new(factory);
    private SummaryCaseSteps Steps => new(driver);

    /// <summary>A 价格法 Art. 42 case decided on the spot: 轻微 recommends 0–1,500 yuan, 一般 1,500–3,500 yuan.</summary>
    private async Task<string> DecidedAsync(string? violation, string severity, bool organisation, string penaltyKind, decimal? fine, string? reason = null)
    {
        var key = await Steps.StartAsync();
        var inform = SummaryCaseSteps.Inform(penaltyKind, fine, organisation);
        if (violation is not null)
        {
            inform["violationType"] = violation;
            inform["severity"] = severity;
            inform["harm"] = "一般";
        }
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "inform", inform);
        var decision = SummaryCaseSteps.Decision(penaltyKind, fine, organisation);
        if (reason is not null) decision["discretionReason"] = reason;
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "decide", decision);
        await driver.OpenTaskAsync(key, "deliver");
        return key;
    }

    private async Task<JsonObject> StatisticsAsync(string query = "") =>
        await (await driver.AdminAsync()).GetObjectAsync($"/api/statistics/discretion{query}");

    private static int[] Counts(JsonObject statistics, string list, string? key)
    {
        var row = statistics[list]!.AsArray().FirstOrDefault(r => r!["key"]?.GetValue<string>() == key);
        return row is null ? new int[6]
            : Fields.Select(f => row[f]!.GetValue<int>()).ToArray();
    }

    private static int[] Delta(int[] after, int[] before) => after.Zip(before, (a, b) => a - b).ToArray();

    [Fact]
    public async Task Decisions_are_counted_within_above_and_below_the_benchmark_per_violation_and_per_unit()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var day = $"?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        var before = await StatisticsAsync(day);

        var within = await DecidedAsync("price-unmarked", "轻微", organisation: true, "Fine", 1000);
        await DecidedAsync("price-unmarked", "轻微", organisation: true, "Fine", 2500, "当事人拒不改正且多次被投诉，按幅度以上处罚");
        await DecidedAsync("price-unmarked", "一般", organisation: false, "Fine", 200, "简易程序罚款上限为二百元，低于基准下限处罚");
        await DecidedAsync("price-unmarked", "一般", organisation: false, "Warning", null);
        await DecidedAsync(null, "", organisation: false, "Fine", 100);
        // Informed but not decided yet: not counted.
        var open = await Steps.StartAsync();
        await driver.CompleteAsync(SummaryCaseSteps.Officer, open, "inform", SummaryCaseSteps.Inform("Fine", 100));

        var after = await StatisticsAsync(day);
        //                  decisions within above below n/a reasoned
        Assert.Equal([4, 1, 1, 1, 1, 2], Delta(Counts(after, "byViolation", "price-unmarked"), Counts(before, "byViolation", "price-unmarked")));
        Assert.Equal([1, 0, 0, 0, 1, 0], Delta(Counts(after, "byViolation", null), Counts(before, "byViolation", null)));
        var unit = (await driver.InstanceAsync(within))["organisationId"]!.GetValue<string>();
        Assert.Equal([5, 1, 1, 1, 2, 2], Delta(Counts(after, "byUnit", unit), Counts(before, "byUnit", unit)));
        Assert.Equal(5, after["total"]!["decisions"]!.GetValue<int>() - before["total"]!["decisions"]!.GetValue<int>());

        var yesterday = today.AddDays(-1).ToString("yyyy-MM-dd");
        Assert.Equal(0, (await StatisticsAsync($"?from={yesterday}&to={yesterday}"))["total"]!["decisions"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_period_that_is_not_a_date_or_ends_before_it_starts_is_refused_naming_the_field()
    {
        var client = await driver.AdminAsync();
        var notADate = await (await client.GetAsync("/api/statistics/discretion?from=2026-13-01")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("from", notADate["field"]!.GetValue<string>());
        Assert.Contains("日期", notADate["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var reversed = await (await client.GetAsync("/api/statistics/discretion?from=2026-12-07&to=2026-01-01")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("to", reversed["field"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("zhangwei", false)]
    [InlineData("wujing", true)]
    [InlineData("yangfan", true)]
    [InlineData("guoxiaoyan", true)]
    [InlineData("xufan", false)]
    [InlineData("admin", true)]
    public async Task The_statistics_are_for_reviewers_heads_supervisors_and_admin(string user, bool allowed)
    {
        using var client = await factory.CreateAuthenticatedClientAsync(user, user == "admin" ? "admin" : DemoPassword);
        var response = await client.GetAsync("/api/statistics/discretion");
        if (allowed) Assert.NotNull((await response.ReadJsonObjectAsync(HttpStatusCode.OK))["total"]);
        else Assert.Equal("discretion-statistics-role", (await response.ReadProblemAsync(HttpStatusCode.Forbidden))["rule"]!.GetValue<string>());
    }
}
