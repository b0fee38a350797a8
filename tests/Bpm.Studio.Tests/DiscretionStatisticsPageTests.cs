using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Bpm.Studio.Tests;

/// <summary>Issue 17's 统计 → 裁量基准执行情况: penalty decisions against their discretion benchmark per violation and unit,
/// shown to reviewers, heads, supervisors and the admin (policy DiscretionStatistics), the unit and the violation crossed by the
/// route; an officer has no menu entry, the
/// page refuses, and so does the server.</summary>
[Collection(StudioCollection.Name)]
public sealed class DiscretionStatisticsPageTests(StudioFixture studio)
{
    private const string Unit = "410100-SCJGJ-ZFJCC";
    private const string Violation = "price-unmarked";
    private static readonly SemaphoreSlim Decided = new(1, 1);
    private static bool _decided;
    private static string _decidedOn = "";

    [ChromiumTheory]
    [InlineData("zhoumin")]
    [InlineData("majianguo")]
    [InlineData("guoxiaoyan")]
    [InlineData("admin")]
    public async Task An_allowed_role_reads_the_decisions_against_the_benchmark_per_violation_and_unit(string username)
    {
        await DecideOnceAsync();
        using var admin = await StudioApi.SignInAsync(studio.Server.BaseAddress, "admin", "admin");
        var today = _decidedOn;
        var expected = await admin.GetAsync($"/api/statistics/discretion?from={today}&to={today}");
        var violation = expected["byViolation"]!.AsArray().Single(r => r!["key"]?.GetValue<string>() == Violation)!;
        // The route crosses the filters: with the violation chosen, the unit table counts that violation's decisions only.
        var crossed = await admin.GetAsync($"/api/statistics/discretion?from={today}&to={today}&violation={Violation}");
        var unit = crossed["byUnit"]!.AsArray().Single(r => r!["key"]?.GetValue<string>() == Unit)!;

        await using var page = await studio.NewPageAsync();
        await page.SignInAsync(username, username == "admin" ? "admin" : StudioFixture.DemoPassword);
        await page.Page.ClickAsync("[data-nav='/statistics/discretion']");
        await page.Page.WaitForSelectorAsync("[data-testid=discretion-statistics] [data-testid=by-violation]");
        Assert.Contains("统计 › 裁量基准执行情况", await page.Page.InnerTextAsync(".breadcrumb"));

        await page.Page.FillAsync("input[name=from]", today);
        await page.Page.FillAsync("input[name=to]", today);
        await page.Page.ClickAsync("form[role=search] button[type=submit]");
        await page.Page.SelectOptionAsync("select[name=violation]", Violation);
        await page.Page.WaitForSelectorAsync($"[data-testid=discretion-statistics][data-query*='violation={Violation}']");
        var rows = page.Page.Locator("[data-testid=by-violation] tbody tr[data-key]");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        var row = page.Page.Locator($"[data-testid=by-violation] tr[data-key='{Violation}']");
        foreach (var field in new[] { "decisions", "within", "above", "below", "notApplicable" })
            Assert.Equal(violation[field]!.GetValue<int>().ToString(), await row.Locator($"[data-field={field}]").InnerTextAsync());
        int within = violation["within"]!.GetValue<int>(), above = violation["above"]!.GetValue<int>(), below = violation["below"]!.GetValue<int>();
        Assert.Equal($"{Math.Round(100.0 * (above + below) / (within + above + below), 1, MidpointRounding.AwayFromZero):0.0}%",
            await row.Locator("[data-field=deviationShare]").InnerTextAsync());
        // The benchmark's name, and a bar with a segment for each non-empty count.
        Assert.Contains("明码标价", await row.InnerTextAsync());
        Assert.True(await row.Locator(".discretion-bar [data-segment=within]").CountAsync() == 1);
        Assert.True(await row.Locator(".discretion-bar [data-segment=above]").CountAsync() == 1);

        await page.Page.SelectOptionAsync("select[name=unit]", Unit);
        await page.Page.WaitForSelectorAsync($"[data-testid=discretion-statistics][data-query*='unit={Unit}']");
        var unitRow = page.Page.Locator($"[data-testid=by-unit] tr[data-key='{Unit}']");
        Assert.Equal(unit["decisions"]!.GetValue<int>().ToString(), await unitRow.Locator("[data-field=decisions]").InnerTextAsync());
        await Assertions.Expect(page.Page.Locator("[data-testid=by-unit] tbody tr[data-key]")).ToHaveCountAsync(1);
        // The unit by its registry name, in the table and in the choice, not by its id.
        Assert.Contains("执法稽查处", await unitRow.InnerTextAsync());
        Assert.DoesNotContain(Unit, await unitRow.InnerTextAsync());
        Assert.Equal("执法稽查处", (await page.Page.Locator($"select[name=unit] option[value='{Unit}']").InnerTextAsync()).Trim());
        await page.ScreenshotAsync($"discretion-statistics-{username}");
        Assert.Empty(page.Errors);
    }

    [ChromiumFact]
    public async Task An_officer_has_no_entry_and_is_refused_by_the_page_and_the_server()
    {
        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("zhangwei");
        Assert.Equal(0, await page.Page.Locator("[data-nav='/statistics/discretion']").CountAsync());
        await page.Page.GotoAsync("/statistics/discretion");
        await page.Page.WaitForSelectorAsync(".placeholder h1");
        Assert.Equal(0, await page.Page.Locator("[data-testid=discretion-statistics]").CountAsync());

        using var officer = await StudioApi.SignInAsync(studio.Server.BaseAddress, "zhangwei");
        var refused = await officer.SendGetAsync("/api/statistics/discretion");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("discretion-statistics-role", (await refused.Content.ReadFromJsonAsync<JsonObject>())!["rule"]!.GetValue<string>());
    }

    /// <summary>Two 简易程序 cases of 执法稽查处 decided today through the API: one within the 价格法 benchmark (轻微: 0–1,500
    /// yuan), one above it with a reason. Once per server: the theory's cases share them.</summary>
    private async Task DecideOnceAsync()
    {
        await Decided.WaitAsync();
        try
        {
            if (_decided) return;
            using var admin = await StudioApi.SignInAsync(studio.Server.BaseAddress, "admin", "admin");
            using var officer = await StudioApi.SignInAsync(studio.Server.BaseAddress, "zhangwei");
            var first = await DecideAsync(admin, officer, 1000, null);
            var second = await DecideAsync(admin, officer, 2500, "当事人拒不改正且多次被投诉，按幅度以上处罚");
            _decidedOn = await DecidedOnAsync(admin, first);
            // Both on one day (a run across Beijing midnight would split them): the page's day counts them together.
            if (await DecidedOnAsync(admin, second) != _decidedOn)
                await DecideAsync(admin, officer, 1000, null);
            _decidedOn = await DecidedOnAsync(admin, second);
            _decided = true;
        }
        finally
        {
            Decided.Release();
        }
    }

    internal static async Task<string> DecideAsync(StudioApi admin, StudioApi officer, decimal fine, string? reason)
    {
        var instance = await admin.StartAsync("administrative-penalty-summary", $"简易-{Guid.NewGuid():N}"[..20], new { organisationId = Unit });
        await admin.CompleteTaskAsync(officer, instance, "inform", new Dictionary<string, object?>
        {
            ["officerName"] = "张伟", ["officerCertificateNumber"] = "豫A0101234", ["certificateShown"] = true,
            ["partyKind"] = "LegalPerson", ["partyName"] = "郑州某商贸有限公司", ["partyAddress"] = "郑州市金水区文化路12号",
            ["partyCreditCode"] = "91410100MA46EFGH3K",
            ["facts"] = "当事人在经营场所未按规定明码标价", ["violatedProvision"] = "《中华人民共和国价格法》第十三条",
            ["legalBasis"] = "《中华人民共和国价格法》第四十二条", ["penaltyKind"] = "Fine", ["partyResponse"] = "accept",
            ["organisationFineAmount"] = fine, ["violationType"] = Violation, ["severity"] = "轻微", ["harm"] = "一般",
        });
        var decision = new Dictionary<string, object?>
        {
            ["penaltyKind"] = "Fine", ["decisionPlace"] = "郑州市金水区文化路12号", ["disclosureRequired"] = "no",
            ["organisationFineAmount"] = fine, ["paymentMethod"] = "bank",
        };
        if (reason is not null) decision["discretionReason"] = reason;
        await admin.CompleteTaskAsync(officer, instance, "decide", decision);
        await admin.OpenTaskAsync(instance, "deliver");
        return instance;
    }

    /// <summary>The day the case's decision carries (its 决定日期, Beijing time): the day the statistics count it on.</summary>
    internal static async Task<string> DecidedOnAsync(StudioApi admin, string instance) =>
        (await admin.GetAsync($"/api/process-instances/{instance}"))["variables"]!["summaryDecision"]!["decisionDate"]!.GetValue<string>()[..10];
}
