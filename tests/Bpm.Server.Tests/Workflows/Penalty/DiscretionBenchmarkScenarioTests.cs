using System.Net;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Testing;

namespace Bpm.Server.Tests.Workflows.Penalty;

/// <summary>行政处罚一般程序 applies the discretion benchmark of the violation chosen at 调查终结 (workflows/discretion): the
/// business rule tasks evaluate it at the conclusion and again at the decision, the decision form's amount must stay in the
/// recommended range or carry a written reason (409 discretion-deviation-reasoned otherwise), the case records whether the
/// decision deviated, and the legal review sees the benchmark, the proposed decision and the deviation.</summary>
public abstract class DiscretionBenchmarkScenarioTests(BpmServerFactory factory)
{
    private readonly ScenarioDriver driver = new(factory);
    private PenaltyCaseSteps Steps => new(driver);

    /// <summary>价格法 Art. 42 (fine up to 5,000 yuan), circumstances 一般: the benchmark recommends 1,500–3,500 yuan.</summary>
    private async Task<(string Key, DateOnly Today)> NoticedUnmarkedPriceCaseAsync(decimal proposedFine)
    {
        var today = (await driver.NextMorningAsync()).ChinaDate();
        var key = await Steps.RegisterAsync();
        await Steps.FileAsync(key);
        await Steps.InvestigateAsync(key);
        await driver.CompleteAsync(PenaltyCaseSteps.Investigator, key, "conclude", new
        {
            proposedOutcome = "penalty", penaltyKind = "Fine", fineAmount = proposedFine, legalBasis = "《中华人民共和国价格法》第四十二条",
            investigationReport = "当事人销售商品未按规定明码标价，事实清楚，证据确凿", violationType = "price-unmarked",
            severity = "一般", harm = "一般", firstOffence = false, corrected = false, mitigating = false,
        });
        var incidents = await (await driver.AdminAsync()).GetItemsAsync($"/api/incidents?processInstanceKey={key}&state=ACTIVE");
        Assert.True(incidents.Count == 0, string.Join("\n", incidents.Select(i => i!.ToJsonString())));
        await Steps.NotifyAsync(key, hearingRequested: false, today);
        await Steps.HeadReviewAsync(key);
        return (key, today);
    }

    private static object Decision(string key, DateOnly today, decimal fine, string? reason = null) => new
    {
        decisionNumber = $"郑市监罚字〔2026〕{key[^4..]}号", penaltyKind = "Fine", fineAmount = fine,
        decisionSummary = "未按规定明码标价，责令改正并处罚款。", decisionDate = today.ToString("yyyy-MM-dd"), discretionReason = reason,
    };

    private async Task<List<JsonObject>> EvaluationsAsync(string key) =>
        (await (await driver.AdminAsync()).GetItemsAsync($"/api/process-instances/{key}/history"))
            .Where(e => e!["event"]!.GetValue<string>() == "DECISION_EVALUATED").Select(e => e!.AsObject()).ToList();

    [Fact]
    public async Task A_fine_within_the_recommended_range_is_decided_without_a_reason_and_recorded_as_no_deviation()
    {
        var (key, today) = await NoticedUnmarkedPriceCaseAsync(3000);
        var benchmark = (await driver.VariablesAsync(key))["discretionBenchmark"]!;
        Assert.Equal(1500m, benchmark["minFine"]!.GetValue<decimal>());
        Assert.Equal(3500m, benchmark["maxFine"]!.GetValue<decimal>());

        await driver.CompleteAsync(PenaltyCaseSteps.Investigator, key, "decide", Decision(key, today, 2000));
        await driver.OpenTaskAsync(key, "serve");

        Assert.False((await driver.VariablesAsync(key))["discretionDeviation"]!.GetValue<bool>());
        var evaluations = await EvaluationsAsync(key);
        Assert.Equal(["benchmarkAtConclusion", "benchmarkAtDecision"], evaluations.Select(e => e["elementId"]!.GetValue<string>()));
        Assert.All(evaluations, e => Assert.Equal("price-unmarked", e["value"]!["decisionId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_fine_outside_the_range_with_a_written_reason_is_decided_and_counted_as_a_deviation()
    {
        var (key, today) = await NoticedUnmarkedPriceCaseAsync(5000);
        await driver.CompleteAsync(PenaltyCaseSteps.Investigator, key, "decide",
            Decision(key, today, 4800, "当事人经多次责令改正仍不标价，且涉及民生必需品，按幅度上限附近处罚"));
        await driver.OpenTaskAsync(key, "serve");

        var variables = await driver.VariablesAsync(key);
        Assert.True(variables["discretionDeviation"]!.GetValue<bool>());
        Assert.StartsWith("当事人经多次责令改正", variables["discretionReason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fine_outside_the_range_without_a_reason_is_refused_naming_the_rule_and_the_article()
    {
        var (key, today) = await NoticedUnmarkedPriceCaseAsync(5000);

        var (task, refused) = await driver.TryCompleteAsync(PenaltyCaseSteps.Investigator, key, "decide", Decision(key, today, 4800));
        var problem = await refused.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("discretion-deviation-reasoned", problem["rule"]!.GetValue<string>());
        Assert.Contains("第三十四条", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(task["userTaskKey"].Key(), (await driver.OpenTaskAsync(key, "decide"))["userTaskKey"].Key());

        var (_, tooShort) = await driver.TryCompleteAsync(PenaltyCaseSteps.Investigator, key, "decide", Decision(key, today, 4800, "情节较重"));
        Assert.Equal("discretion-deviation-reasoned", (await tooShort.ReadProblemAsync(HttpStatusCode.Conflict))["rule"]!.GetValue<string>());
        Assert.Null((await driver.VariablesAsync(key))["discretionDeviation"]);
    }

    [Fact]
    public async Task A_case_without_a_chosen_violation_has_no_benchmark_and_no_bound()
    {
        var today = (await driver.NextMorningAsync()).ChinaDate();
        var key = await Steps.FineServedAsync(2000, today);
        var variables = await driver.VariablesAsync(key);
        Assert.Null(variables["discretionBenchmark"]);
        Assert.False(variables["discretionDeviation"]!.GetValue<bool>());
        Assert.All(await EvaluationsAsync(key), e => Assert.Equal("discretion-none", e["value"]!["decisionId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_legal_review_of_a_major_case_shows_the_benchmark_the_proposed_decision_and_the_deviation()
    {
        var key = await Steps.RegisterAsync();
        await Steps.FileAsync(key);
        await Steps.InvestigateAsync(key);
        // 食品安全法 Art. 122: goods worth 20,000 yuan, 严重 → 从重, 340,000–400,000 yuan; 300,000 leaves the range.
        await driver.CompleteAsync(PenaltyCaseSteps.Investigator, key, "conclude", new
        {
            proposedOutcome = "penalty", penaltyKind = "Fine", fineAmount = 300000, legalBasis = "《中华人民共和国食品安全法》第一百二十二条第一款",
            investigationReport = "当事人未取得食品经营许可从事食品经营", violationType = "food-unlicensed",
            severity = "严重", harm = "严重", firstOffence = false, corrected = false, mitigating = false, goodsValue = 20000,
        });

        var review = await driver.WaitForChildAsync(key, "legal-review");
        var discretion = (await driver.VariablesAsync(review))["discretion"]!;
        Assert.Equal("food-unlicensed", discretion["violationType"]!.GetValue<string>());
        Assert.Equal(340000m, discretion["benchmark"]!["minFine"]!.GetValue<decimal>());
        Assert.Equal(300000m, discretion["proposedFine"]!.GetValue<decimal>());
        Assert.True(discretion["deviation"]!.GetValue<bool>());
    }
}
