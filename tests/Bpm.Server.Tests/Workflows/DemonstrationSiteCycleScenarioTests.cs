using Bpm.Server.Tests.Infrastructure;
using Bpm.Testing;

namespace Bpm.Server.Tests.Workflows;

/// <summary>示范点培育 (workflows/demonstration-site-cycle.bpmn): a county cultivates three units, recommends one by
/// 30 September, passes the four-method acceptance and two five-yearly re-checks; a city department whose first selection
/// exceeds its quota of two selects again, and its site fails the re-check and loses the title.</summary>
public abstract class DemonstrationSiteCycleScenarioTests(BpmServerFactory factory)
{
    private readonly ScenarioDriver driver = new(factory);
    private DemonstrationSiteSteps Steps => new(driver);

    /// <summary>The next 30 September after the scenario clock's day.</summary>
    private async Task<DateOnly> NextThirtiethOfSeptemberAsync()
    {
        var today = (await driver.NowAsync()).ChinaDate();
        var thisYear = new DateOnly(today.Year, 9, 30);
        return thisYear > today ? thisYear : thisYear.AddYears(1);
    }

    private async Task<string> SelfInspectAndRecommendAsync(string key, int units, DateOnly deadline)
    {
        await Steps.SelfInspectAsync(key, units);
        var recommend = await driver.OpenTaskAsync(key, "recommend");
        Assert.Equal(new DateTimeOffset(deadline.ToDateTime(new TimeOnly(23, 59, 59)), TestClock.China), recommend.DueDate());
        var variables = await driver.VariablesAsync(key);
        Assert.Equal(units, variables["selfInspections"]!.AsArray().Count);
        var unit = variables["cultivatedUnits"]!.AsArray()[0]!.GetValue<string>();
        await Steps.RecommendAsync(key, unit);
        return unit;
    }

    private async Task AcceptAndPublishAsync(string key)
    {
        await Steps.RecordAcceptanceMethodsAsync(key);
        await driver.CompleteAsync("guoxiaoyan", key, "conclude", DemonstrationSiteSteps.Conclusion("yes"));
        await driver.CompleteAsync("guoxiaoyan", key, "publish", new { publicationNumber = "郑政文〔2026〕88号" });
        await driver.WaitForCompletionOfAsync(key, "awardTitle");
    }

    private async Task PassFiveYearsAsync() => await driver.SetClockAsync((await driver.NowAsync()).AddYears(5).AddMinutes(1));

    [Fact]
    public async Task A_county_cultivates_three_units_recommends_one_passes_acceptance_and_two_five_yearly_rechecks()
    {
        await driver.NextMorningAsync();
        var deadline = await NextThirtiethOfSeptemberAsync();
        var key = await driver.StartAsync("demonstration-site-cycle", new
        {
            areaId = "410105", areaName = "金水区", areaKind = "county", recommendationDeadline = deadline.ToString("yyyy-MM-dd"),
            candidateUnits = new[] { "金水区市场监督管理局", "金水区城市管理局", "金水区卫生健康委员会", "金水区应急管理局" },
        }, DemonstrationSiteSteps.Area("SFD-JS"));

        await Steps.SelectAsync(key, yes: 3, no: 1);
        Assert.Equal(3, (await driver.VariablesAsync(key))["cultivatedUnits"]!.AsArray().Count);
        var unit = await SelfInspectAndRecommendAsync(key, 3, deadline);
        await AcceptAndPublishAsync(key);
        var variables = await driver.VariablesAsync(key);
        Assert.Equal("示范点", variables["siteStatus"]!.GetValue<string>());
        Assert.NotNull(variables["sampledCases"]); // 查阅资料 drew case files with bpm:case-file-sampling
        Assert.Equal(unit, variables["recommendedUnit"]!.GetValue<string>());

        for (var round = 1; round <= 2; round++)
        {
            await PassFiveYearsAsync();
            await driver.CompleteAsync("guoxiaoyan", key, "recheck", new { recheckPassed = "yes", recheckFindings = $"第{round}次复查合格" });
            await ScenarioDriver.EventuallyAsync(async () =>
                (await driver.VariablesAsync(key))["recheckCount"]?.GetValue<decimal>() == round ? "counted" : null, $"re-check {round} recorded");
        }
        var instance = await driver.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance["state"]!.GetValue<string>()); // waiting for the next five years
        Assert.Equal("示范点", instance["variables"]!["siteStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_department_selecting_more_than_its_quota_selects_again_and_its_site_failing_the_recheck_loses_the_title()
    {
        await driver.NextMorningAsync();
        var deadline = await NextThirtiethOfSeptemberAsync();
        var key = await driver.StartAsync("demonstration-site-cycle", new
        {
            areaId = "410100-SCJGJ", areaName = "郑州市市场监督管理局", areaKind = "department", recommendationDeadline = deadline.ToString("yyyy-MM-dd"),
            candidateUnits = new[] { "执法稽查处", "法规处", "食品安全监督管理处" },
        }, DemonstrationSiteSteps.Area("SFD-SJ"));

        await Steps.SelectAsync(key, yes: 3, no: 0); // three units: a department cultivates at most two
        await Steps.SelectAsync(key, yes: 2, no: 1);
        Assert.Equal(2, (await driver.VariablesAsync(key))["cultivatedUnits"]!.AsArray().Count);
        await SelfInspectAndRecommendAsync(key, 2, deadline);
        await AcceptAndPublishAsync(key);

        await PassFiveYearsAsync();
        await driver.CompleteAsync("guoxiaoyan", key, "recheck", new { recheckPassed = "no", recheckFindings = "执法案卷质量明显下降" });
        await driver.CompleteAsync("guoxiaoyan", key, "revoke", new { revocationNumber = "郑政文〔2031〕12号", revocationReason = "复查不合格" });

        var done = await driver.WaitForStateAsync(key, "COMPLETED");
        Assert.Equal("称号已撤销", done["variables"]!["siteStatus"]!.GetValue<string>());
        var path = await driver.CompletedElementsAsync(key);
        Assert.Contains("revoked", path);
        Assert.DoesNotContain("countRecheck", path);
        Assert.Equal(2, path.Count(e => e == "collect")); // the selection was made twice
    }
}
