using Bpm.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Bpm.Studio.Tests;

/// <summary>Issue 17's 统计 → 裁量基准执行情况, counts that open their cases: a supervisor clicks a count, sees the cases the
/// route lists for it and opens one (giving the reason the access log asks of a supervisor reading another agency's case);
/// the unit × violation table's cell is the route's count for that unit and violation, and opens the same cases.</summary>
[Collection(StudioCollection.Name)]
public sealed class DiscretionCaseListPageTests(StudioFixture studio)
{
    private const string Unit = "410100-SCJGJ-ZFJCC";
    private const string Violation = "price-unmarked";

    [ChromiumFact]
    public async Task A_supervisor_clicks_a_count_sees_its_cases_and_opens_one()
    {
        using var admin = await StudioApi.SignInAsync(studio.Server.BaseAddress, "admin", "admin");
        using var officer = await StudioApi.SignInAsync(studio.Server.BaseAddress, "zhangwei");
        var above = await DiscretionStatisticsPageTests.DecideAsync(admin, officer, 2500, "当事人拒不改正且多次被投诉，按幅度以上处罚");
        var today = await DiscretionStatisticsPageTests.DecidedOnAsync(admin, above);
        var listed = await admin.GetAsync($"/api/statistics/discretion/cases?bucket=above&from={today}&to={today}&violation={Violation}&pageSize=20");

        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("guoxiaoyan");
        await page.Page.ClickAsync("[data-nav='/statistics/discretion']");
        await ChooseDayAsync(page.Page, today);
        await page.Page.SelectOptionAsync("select[name=violation]", Violation);
        await page.Page.WaitForSelectorAsync($"[data-testid=discretion-statistics][data-query*='violation={Violation}']");
        await Assertions.Expect(page.Page.Locator("[data-testid=by-violation] tbody tr[data-key]")).ToHaveCountAsync(1);

        var count = page.Page.Locator($"[data-testid=by-violation] tr[data-key='{Violation}'] [data-field=above] a");
        Assert.Equal(listed["total"]!.GetValue<long>().ToString(), await count.InnerTextAsync());
        await count.ClickAsync();
        var rows = page.Page.Locator("[data-testid=discretion-cases][data-bucket=above] tbody tr[data-instance-key]");
        await Assertions.Expect(rows).ToHaveCountAsync(listed["items"]!.AsArray().Count);
        Assert.Equal(listed["items"]!.AsArray().Select(i => i!["processInstanceKey"]!.GetValue<string>()),
            await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.instanceKey)"));
        var row = page.Page.Locator($"[data-testid=discretion-cases] tr[data-instance-key='{above}']");
        Assert.Contains("2,500 元", await row.InnerTextAsync());
        Assert.Contains("已说理", await row.InnerTextAsync());
        Assert.Contains("郑州某商贸有限公司", await row.InnerTextAsync());
        await page.ScreenshotAsync("discretion-cases-supervisor");

        // 执法稽查处 is another agency's unit for the 司法局's supervisor: the case view asks the reason once, then shows the case.
        await row.Locator("[data-action=open-case]").ClickAsync();
        var dialog = page.Page.Locator("[data-testid=access-reason-dialog]");
        await dialog.Locator("textarea").FillAsync("裁量基准执行情况评查");
        await dialog.Locator("[data-action=give-reason]").ClickAsync();
        await Assertions.Expect(page.Page.Locator("[data-testid=discretion-case] [data-testid=instance-title]")).ToContainTextAsync(above);
        Assert.EndsWith($"/statistics/discretion/case/{above}", page.Page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync("discretion-case-supervisor");
        Assert.DoesNotContain(page.Errors, e => !e.Contains("403", StringComparison.Ordinal));
    }

    [ChromiumFact]
    public async Task The_unit_by_violation_cell_is_the_routes_count_and_opens_its_cases()
    {
        using var admin = await StudioApi.SignInAsync(studio.Server.BaseAddress, "admin", "admin");
        using var officer = await StudioApi.SignInAsync(studio.Server.BaseAddress, "zhangwei");
        var decided = await DiscretionStatisticsPageTests.DecideAsync(admin, officer, 1000, null);
        var today = await DiscretionStatisticsPageTests.DecidedOnAsync(admin, decided);
        var crossed = await admin.GetAsync($"/api/statistics/discretion?from={today}&to={today}&unit={Unit}&violation={Violation}");
        var decisions = crossed["total"]!["decisions"]!.GetValue<int>();
        Assert.True(decisions >= 1);

        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("majianguo");
        await page.Page.ClickAsync("[data-nav='/statistics/discretion']");
        await ChooseDayAsync(page.Page, today);
        var cell = page.Page.Locator($"[data-testid=by-violation-and-unit] td[data-violation='{Violation}'][data-unit='{Unit}']");
        Assert.Equal(decisions.ToString(), await cell.InnerTextAsync());

        // Narrowed by the route to the unit: the same cell, the other units' columns gone.
        await page.Page.SelectOptionAsync("select[name=unit]", Unit);
        await page.Page.WaitForSelectorAsync($"[data-testid=discretion-statistics][data-query*='unit={Unit}']");
        await Assertions.Expect(page.Page.Locator("[data-testid=by-violation-and-unit] thead th[data-key]")).ToHaveCountAsync(1);
        Assert.Equal(decisions.ToString(), await cell.InnerTextAsync());
        await page.Page.ClickAsync("[data-testid=by-violation-and-unit] [data-action=pivot]");
        Assert.Equal(decisions.ToString(), await cell.InnerTextAsync());
        await page.ScreenshotAsync("discretion-unit-by-violation");

        await cell.Locator("a").ClickAsync();
        var rows = page.Page.Locator("[data-testid=discretion-cases][data-bucket=decisions] tbody tr[data-instance-key]");
        await Assertions.Expect(rows).ToHaveCountAsync(Math.Min(decisions, 20));
        Assert.Empty(page.Errors);
    }

    private static async Task ChooseDayAsync(IPage page, string day)
    {
        await page.WaitForSelectorAsync("[data-testid=discretion-statistics] [data-testid=by-violation]");
        await page.FillAsync("input[name=from]", day);
        await page.FillAsync("input[name=to]", day);
        await page.ClickAsync("form[role=search] button[type=submit]");
        await page.WaitForSelectorAsync($"[data-testid=discretion-statistics][data-query='?from={day}&to={day}'] [data-testid=by-violation-and-unit]");
    }
}
