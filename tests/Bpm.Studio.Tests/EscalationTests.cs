using Bpm.Studio.Tests.Infrastructure;

namespace Bpm.Studio.Tests;

[Collection(StudioCollection.Name)]
public sealed class EscalationTests(StudioFixture studio)
{
    [ChromiumFact]
    public async Task A_head_decides_an_overdue_task_through_the_supervision_form()
    {
        using var admin = await StudioApi.SignInAsync(studio.Server.BaseAddress, "admin", "admin");
        const string caseNumber = "郑市监罚〔2026〕702号";
        // Decided long ago: the publication deadline has passed, so the task's overdue timer fires at once and escalates.
        var instance = await admin.StartAsync("disclosure", caseNumber, WorkPageCases.Disclosure(caseNumber, "2026-01-05"));
        var escalation = await StudioApi.EventuallyAsync(async () =>
            (await admin.GetAsync($"/api/escalations?processInstanceKey={instance}"))["items"]!.AsArray().FirstOrDefault()?.AsObject(),
            "the overdue escalation");
        var key = escalation["escalationKey"]!.GetValue<string>();
        Assert.Equal("OVERDUE", escalation["reason"]!.GetValue<string>());

        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("majianguo");
        await page.Page.GotoAsync("/escalations");
        var row = page.Page.Locator($"tr[data-escalation-key='{key}']");
        Assert.Equal("OVERDUE", await row.GetAttributeAsync("data-reason"));
        // The case is named as people name it (number · party), in the list and beside the escalation, never by its key.
        Assert.Equal($"{caseNumber} · 王小明", await row.Locator("[data-testid=escalation-case]").InnerTextAsync());
        await row.ClickAsync();
        await page.Page.WaitForSelectorAsync("[data-testid=escalation-detail] >> text=整理公示信息");
        Assert.Equal($"{caseNumber} · 王小明", await page.Page.InnerTextAsync("[data-testid=escalation-detail] [data-testid=escalation-case]"));
        await page.Page.FillAsync("textarea[name=decision]", "责令承办人两个工作日内完成公示");
        await page.Page.Locator("[data-testid=escalation-detail]").GetByLabel("督办意见").FillAsync("已电话督促承办人员，限期完成公示。");
        await page.ScreenshotAsync("escalations");
        await page.Page.ClickAsync("[data-testid=escalation-detail] [data-action=submit-task]");

        await page.Page.WaitForSelectorAsync("[data-resolution=DECIDED]");
        Assert.Contains("已处理：已决定", await page.Page.InnerTextAsync("[data-resolution=DECIDED]"));
        await page.ScreenshotAsync("escalations-resolved");
        var resolved = await admin.GetAsync($"/api/escalations/{key}");
        Assert.Equal("RESOLVED", resolved["state"]!.GetValue<string>());
        Assert.Equal("DECIDED", resolved["resolution"]!.GetValue<string>());
        Assert.Equal("majianguo", resolved["resolvedBy"]!.GetValue<string>());
        Assert.Empty(page.Errors);
    }
}
