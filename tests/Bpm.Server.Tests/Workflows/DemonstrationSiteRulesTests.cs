using System.Net;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Testing;

namespace Bpm.Server.Tests.Workflows;

/// <summary>The rules of 示范点培育 (豫法政办〔2017〕13号; issue 14 item 11): the acceptance passes only with all seven
/// standards met and all four methods recorded and passed; the recommended unit is one of those cultivated and the
/// acceptance sample is drawn from its closed cases, not the whole area's; an area with fewer eligible units than its
/// quota cultivates those (or ends with a recorded outcome) instead of looping in 遴选; the default recommendation deadline
/// is never already past. The table in docs/workflows.md maps each rule to its test here.</summary>
public abstract class DemonstrationSiteRulesTests(BpmServerFactory factory)
{
    private readonly ScenarioDriver driver = new(factory);
    private DemonstrationSiteSteps Steps => new(driver);
    private const string Area = "410100-SCJGJ";
    private const string RecommendedOrganisation = "410100-SCJGJ-FGC";
    private const string OtherOrganisation = "410100-SCJGJ-ZFJCC";

    private Task<string> StartAsync(string[] candidates, string kind = "county", object? extra = null)
    {
        var variables = new Dictionary<string, object?>
        {
            ["areaId"] = Area, ["areaName"] = "郑州市市场监督管理局", ["areaKind"] = kind, ["candidateUnits"] = candidates,
            ["sampledProcesses"] = new[] { "legal-review" }, ["sampleSize"] = 1000,
        };
        foreach (var property in extra?.GetType().GetProperties() ?? []) variables[property.Name] = property.GetValue(extra);
        return driver.StartAsync("demonstration-site-cycle", variables, DemonstrationSiteSteps.Area("SFD-RULE"));
    }

    /// <summary>A department (quota two) selects both its candidates, they inspect themselves and 法规处 is recommended: the
    /// acceptance tasks are open.</summary>
    private async Task<string> RecommendedAsync()
    {
        var key = await StartAsync(["法规处", "执法稽查处"], kind: "department");
        await Steps.SelectAsync(key, yes: 2, no: 0);
        await Steps.SelfInspectAsync(key, 2);
        await Steps.RecommendAsync(key, "法规处", RecommendedOrganisation);
        return key;
    }

    /// <summary>A case of the organisation closed now: a legal review agreed at once.</summary>
    private async Task<string> ClosedCaseAsync(string organisationId)
    {
        var number = $"SFD-FZSH-{Random.Shared.Next(100000, 999999)}";
        var key = await driver.StartAsync("legal-review", new { caseNumber = number, organisationId }, number);
        await driver.CompleteAsync("zhoumin", key, "review", new { reviewConclusion = "agree", reviewOpinion = "符合要求" });
        await driver.WaitForStateAsync(key, "COMPLETED");
        return number;
    }

    private static async Task RefusedAsync(HttpResponseMessage response, string rule)
    {
        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(rule, problem["rule"]!.GetValue<string>());
        Assert.Contains("豫法政办〔2017〕13号", problem["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("hearReport", null)]
    [InlineData("reviewRecords", null)]
    [InlineData("fieldTest", null)]
    [InlineData("siteVisit", null)]
    [InlineData(null, "verifiedTraining")]
    [InlineData(null, "verifiedPublicSatisfaction")]
    public async Task An_acceptance_passed_with_a_failed_method_or_an_unmet_standard_is_refused(string? failedMethod, string? unmetStandard)
    {
        await driver.NextMorningAsync();
        var key = await RecommendedAsync();
        await Steps.RecordAcceptanceMethodsAsync(key, failedMethod);

        var (_, refused) = await driver.TryCompleteAsync(DemonstrationSiteSteps.Supervisor, key, "conclude", DemonstrationSiteSteps.Conclusion("yes", unmetStandard));
        await RefusedAsync(refused, "demonstration-site-acceptance");
        Assert.Null((await driver.VariablesAsync(key))["acceptancePassed"]); // nothing changed
        await driver.CompleteAsync(DemonstrationSiteSteps.Supervisor, key, "conclude", DemonstrationSiteSteps.Conclusion("no", unmetStandard));

        var done = await driver.WaitForStateAsync(key, "COMPLETED");
        Assert.Contains("rejected", await driver.CompletedElementsAsync(key));
        Assert.Null(done["variables"]!["siteStatus"]);
    }

    [Fact]
    public async Task An_acceptance_with_every_standard_met_and_every_method_passed_names_the_site()
    {
        await driver.NextMorningAsync();
        var key = await RecommendedAsync();
        await Steps.RecordAcceptanceMethodsAsync(key);
        await driver.CompleteAsync(DemonstrationSiteSteps.Supervisor, key, "conclude", DemonstrationSiteSteps.Conclusion("yes"));
        await driver.CompleteAsync(DemonstrationSiteSteps.Supervisor, key, "publish", new { publicationNumber = "郑政文〔2026〕90号" });
        await driver.WaitForCompletionOfAsync(key, "awardTitle");
        Assert.Equal("示范点", (await driver.VariablesAsync(key))["siteStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_unit_that_was_not_cultivated_cannot_be_recommended()
    {
        await driver.NextMorningAsync();
        var key = await StartAsync(["法规处", "执法稽查处", "食品安全监督管理处"]);
        await Steps.SelectAsync(key, yes: 2, no: 1);
        await Steps.SelfInspectAsync(key, 2);
        var cultivated = (await driver.VariablesAsync(key))["cultivatedUnits"]!.AsArray().Select(u => u!.GetValue<string>()).ToList();
        var notCultivated = new[] { "法规处", "执法稽查处", "食品安全监督管理处" }.Except(cultivated).Single();

        var (_, refused) = await driver.TryCompleteAsync(DemonstrationSiteSteps.Head, key, "recommend",
            new { recommendedUnit = notCultivated, recommendedOrganisationId = OtherOrganisation, recommendationReason = "成效显著" });
        await RefusedAsync(refused, "recommended-unit-cultivated");
        await Steps.RecommendAsync(key, cultivated[0]);
        await driver.OpenTaskAsync(key, "hearReport");
    }

    [Fact]
    public async Task The_acceptance_sample_is_drawn_from_the_recommended_unit_not_the_whole_area()
    {
        await driver.NextMorningAsync();
        var recommendedCase = await ClosedCaseAsync(RecommendedOrganisation);
        var otherCase = await ClosedCaseAsync(OtherOrganisation); // same area (郑州市市场监督管理局), another unit
        var key = await RecommendedAsync();
        await driver.OpenTaskAsync(key, "reviewRecords");

        var sampled = (await driver.VariablesAsync(key))["sampledCases"]!.AsArray().Select(c => c!["businessKey"]!.GetValue<string>()).ToList();
        Assert.Contains(recommendedCase, sampled);
        Assert.DoesNotContain(otherCase, sampled);
    }

    [Fact]
    public async Task A_county_with_fewer_eligible_units_than_its_quota_cultivates_those_without_selecting_again()
    {
        await driver.NextMorningAsync();
        var key = await StartAsync(["法规处", "执法稽查处", "食品安全监督管理处", "价格监督检查处"]);
        await Steps.SelectAsync(key, yes: 2, no: 2); // a county's quota is three; two are eligible

        await driver.OpenTaskAsync(key, "selfInspect");
        Assert.Equal(2, (await driver.VariablesAsync(key))["cultivatedUnits"]!.AsArray().Count);
        Assert.Equal(1, (await driver.CompletedElementsAsync(key)).Count(e => e == "collect")); // selected once
    }

    [Fact]
    public async Task An_area_with_no_eligible_unit_ends_with_a_recorded_outcome()
    {
        await driver.NextMorningAsync();
        var key = await StartAsync(["法规处", "执法稽查处"]);
        await Steps.SelectAsync(key, yes: 0, no: 2);

        var done = await driver.WaitForStateAsync(key, "COMPLETED");
        Assert.Equal("无符合条件的培育单位", done["variables"]!["cultivationOutcome"]!.GetValue<string>());
        Assert.Contains("noUnits", await driver.CompletedElementsAsync(key));
    }

    [Fact]
    public async Task Without_a_deadline_the_recommendation_is_due_on_the_next_thirtieth_of_September_never_one_already_past()
    {
        var now = (await driver.NowAsync()).ToOffset(TestClock.China);
        var october = new DateTimeOffset(now.Year, 10, 1, 10, 0, 0, TestClock.China);
        if (october <= now) october = october.AddYears(1);
        await driver.SetClockAsync(october); // this year's 30 September has passed

        var key = await StartAsync(["法规处", "执法稽查处"], kind: "department");
        await Steps.SelectAsync(key, yes: 2, no: 0);
        await Steps.SelfInspectAsync(key, 2);
        var recommend = await driver.OpenTaskAsync(key, "recommend");
        Assert.Equal(new DateTimeOffset(october.Year + 1, 9, 30, 23, 59, 59, TestClock.China), recommend.DueDate());
    }
}
