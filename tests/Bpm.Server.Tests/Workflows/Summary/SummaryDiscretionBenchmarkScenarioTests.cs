using System.Net;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Server.Tests.Workflows.License;
using Bpm.Testing;

namespace Bpm.Server.Tests.Workflows.Summary;

/// <summary>行政处罚简易程序 applies the discretion benchmark of the violation chosen when the officer informs the party: the
/// business rule task evaluates it before the on-the-spot decision, the decision's fine must stay in the recommended range
/// or carry a written reason (409 discretion-deviation-reasoned otherwise), the case records whether it deviated, and the
/// summary limits of 行政处罚法 Art. 51 (200 / 3,000 yuan) still hold whatever the benchmark recommends.</summary>
public abstract class SummaryDiscretionBenchmarkScenarioTests(BpmServerFactory factory)
{
    private readonly ScenarioDriver driver = new(factory);
    private SummaryCaseSteps Steps => new(driver);

    /// <summary>价格法 Art. 42 (fine up to 5,000 yuan): 轻微 → 从轻, 0–1,500 yuan; 一般 → 1,500–3,500 yuan.</summary>
    private async Task<string> InformedUnmarkedPriceCaseAsync(string severity, decimal proposedFine, bool organisation)
    {
        await driver.StartMorningAsync();
        var key = await Steps.StartAsync();
        var inform = SummaryCaseSteps.Inform("Fine", proposedFine, organisation);
        inform["violationType"] = "price-unmarked";
        inform["severity"] = severity;
        inform["harm"] = "一般";
        inform["firstOffence"] = false;
        inform["corrected"] = false;
        inform["mitigating"] = false;
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "inform", inform);
        var incidents = await (await driver.AdminAsync()).GetItemsAsync($"/api/incidents?processInstanceKey={key}&state=ACTIVE");
        Assert.True(incidents.Count == 0, string.Join("\n", incidents.Select(i => i!.ToJsonString())));
        await driver.OpenTaskAsync(key, "decide");
        return key;
    }

    private static Dictionary<string, object?> Decision(decimal fine, bool organisation, string? reason = null)
    {
        var decision = SummaryCaseSteps.Decision("Fine", fine, organisation);
        if (reason is not null) decision["discretionReason"] = reason;
        return decision;
    }

    private async Task<List<JsonObject>> EvaluationsAsync(string key) =>
        (await (await driver.AdminAsync()).GetItemsAsync($"/api/process-instances/{key}/history"))
            .Where(e => e!["event"]!.GetValue<string>() == "DECISION_EVALUATED").Select(e => e!.AsObject()).ToList();

    [Fact]
    public async Task A_fine_within_the_recommended_range_is_decided_on_the_spot_without_a_reason_and_recorded_as_no_deviation()
    {
        var key = await InformedUnmarkedPriceCaseAsync("轻微", 1000, organisation: true);
        var benchmark = (await driver.VariablesAsync(key))["discretionBenchmark"]!;
        Assert.Equal((0m, 1500m), (benchmark["minFine"]!.GetValue<decimal>(), benchmark["maxFine"]!.GetValue<decimal>()));

        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "decide", Decision(1000, organisation: true));
        await driver.OpenTaskAsync(key, "deliver");

        var variables = await driver.VariablesAsync(key);
        Assert.False(variables["discretionDeviation"]!.GetValue<bool>());
        Assert.Equal(1000m, variables["summaryDecision"]!["fineAmount"]!.GetValue<decimal>());
        var evaluation = Assert.Single(await EvaluationsAsync(key));
        Assert.Equal("benchmarkAtDecision", evaluation["elementId"]!.GetValue<string>());
        Assert.Equal("price-unmarked", evaluation["value"]!["decisionId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_fine_outside_the_range_with_a_written_reason_is_decided_and_counted_as_a_deviation()
    {
        // A citizen's 一般 case: the benchmark starts at 1,500 yuan, the summary procedure allows at most 200.
        var key = await InformedUnmarkedPriceCaseAsync("一般", 200, organisation: false);
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "decide",
            Decision(200, organisation: false, "当事人系流动摊贩，违法经营额极小，适用简易程序按法定上限二百元处罚"));
        await driver.OpenTaskAsync(key, "deliver");

        var variables = await driver.VariablesAsync(key);
        Assert.True(variables["discretionDeviation"]!.GetValue<bool>());
        Assert.Equal(1500m, variables["discretionBenchmark"]!["minFine"]!.GetValue<decimal>());
        Assert.StartsWith("当事人系流动摊贩", variables["discretionReason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fine_outside_the_range_without_a_reason_is_refused_naming_the_rule_and_the_article_and_nothing_changes()
    {
        var key = await InformedUnmarkedPriceCaseAsync("轻微", 1000, organisation: true);
        var before = (await driver.VariablesAsync(key)).ToJsonString();

        var (task, refused) = await driver.TryCompleteAsync(SummaryCaseSteps.Officer, key, "decide", Decision(2500, organisation: true));
        var problem = await refused.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("discretion-deviation-reasoned", problem["rule"]!.GetValue<string>());
        Assert.Contains("第三十四条", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(task["userTaskKey"].Key(), (await driver.OpenTaskAsync(key, "decide"))["userTaskKey"].Key());

        var (_, tooShort) = await driver.TryCompleteAsync(SummaryCaseSteps.Officer, key, "decide", Decision(2500, organisation: true, "情节较重"));
        Assert.Equal("discretion-deviation-reasoned", (await tooShort.ReadProblemAsync(HttpStatusCode.Conflict))["rule"]!.GetValue<string>());
        Assert.Equal(before, (await driver.VariablesAsync(key)).ToJsonString());
    }

    [Fact]
    public async Task A_warning_is_not_bound_by_the_fine_range()
    {
        var key = await InformedUnmarkedPriceCaseAsync("一般", 200, organisation: false);
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "decide", SummaryCaseSteps.Decision("Warning", null));
        await driver.OpenTaskAsync(key, "deliver");
        Assert.False((await driver.VariablesAsync(key))["discretionDeviation"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_published_decision_says_it_deviated_and_was_reasoned_without_publishing_the_reason()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var key = await InformedUnmarkedPriceCaseAsync("轻微", 1000, organisation: true);
        var decision = Decision(2500, organisation: true, "当事人拒不改正且多次被投诉，按幅度以上处罚");
        decision["disclosureRequired"] = "yes";
        await driver.CompleteAsync(SummaryCaseSteps.Officer, key, "decide", decision);
        await Steps.DeliverAsync(key, today);
        var caseNumber = (await driver.VariablesAsync(key))["caseNumber"]!.GetValue<string>();

        var disclosure = await driver.WaitForChildAsync(key, "disclosure");
        var published = await driver.VariablesAsync(disclosure);
        Assert.True(published["discretionDeviation"]!.GetValue<bool>());
        Assert.True(published["deviationReasoned"]!.GetValue<bool>());
        await driver.CompleteAsync(SummaryCaseSteps.Officer, disclosure, "prepare", new
        {
            decisionNumber = caseNumber, category = "Penalty", partyKind = "LegalPerson", partyName = "郑州某商贸有限公司",
            decisionSummary = "未按规定明码标价，罚款人民币贰仟伍佰元。", legalBasis = "《中华人民共和国价格法》第四十二条",
            decisionDate = today.ToString("yyyy-MM-dd"),
        });
        await driver.WaitForCompletionOfAsync(disclosure, "recordPublished");

        var entry = await ScenarioDriver.EventuallyAsync(async () =>
            (await factory.CreateClient().GetObjectAsync($"/api/public/disclosures?q={Uri.EscapeDataString(caseNumber)}"))["items"]!.AsArray()
                .SingleOrDefault(e => e!["caseNumber"]!.GetValue<string>() == caseNumber)?.AsObject(), "the published entry");
        Assert.True(entry["benchmarkDeviation"]!.GetValue<bool>());
        Assert.True(entry["deviationReasoned"]!.GetValue<bool>());
        Assert.DoesNotContain("拒不改正", entry.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_summary_limit_still_holds_when_the_benchmark_recommends_more()
    {
        // An organisation's 一般 case: the benchmark recommends 1,500–3,500 yuan; on the spot at most 3,000 (Art. 51).
        var key = await InformedUnmarkedPriceCaseAsync("一般", 3000, organisation: true);
        Assert.Equal(3500m, (await driver.VariablesAsync(key))["discretionBenchmark"]!["maxFine"]!.GetValue<decimal>());

        var (_, refused) = await driver.TryCompleteAsync(SummaryCaseSteps.Officer, key, "decide", Decision(3200, organisation: true));
        Assert.Equal("organisationFineAmount", (await refused.ReadProblemAsync(HttpStatusCode.BadRequest))["field"]!.GetValue<string>());
        await driver.OpenTaskAsync(key, "decide");
        Assert.Null((await driver.VariablesAsync(key))["summaryDecision"]);
    }
}
