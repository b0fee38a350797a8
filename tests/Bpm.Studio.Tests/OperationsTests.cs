using Bpm.Studio.Tests.Infrastructure;

namespace Bpm.Studio.Tests;

[Collection(StudioCollection.Name)]
public sealed class OperationsTests(StudioFixture studio)
{
    [ChromiumFact]
    public async Task The_operations_page_finds_an_instance_by_business_key_and_highlights_its_active_element()
    {
        using var admin = await StudioApi.SignInAsync(studio.Server.BaseAddress, "admin", "admin");
        const string caseNumber = "郑市监罚〔2026〕703号";
        var instance = await admin.StartAsync("disclosure", caseNumber, WorkPageCases.Disclosure(caseNumber, WorkPageCases.TodayInChina));
        await admin.OpenTaskAsync(instance, "prepare");

        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("admin", "admin");
        await page.Page.GotoAsync("/operations");
        await page.Page.FillAsync("input[name=process]", "disclosure");
        await page.Page.FillAsync("input[name=businessKey]", caseNumber);
        await page.Page.PressAsync("input[name=businessKey]", "Enter");
        await page.Page.Locator($"tr[data-instance-key='{instance}']").WaitForAsync();
        await page.ScreenshotAsync("operations-list");
        await page.Page.ClickAsync($"tr[data-instance-key='{instance}']");

        await page.Page.WaitForSelectorAsync(".djs-element[data-element-id='prepare'].op-active");
        Assert.Equal(1, await page.Page.Locator(".djs-element[data-element-id='computeDue'].op-completed").CountAsync());
        Assert.Equal(0, await page.Page.Locator(".djs-element[data-element-id='publish'].op-active, .djs-element[data-element-id='publish'].op-completed").CountAsync());
        Assert.Equal("1", await page.Page.InnerTextAsync("[data-count-for='prepare']"));
        Assert.Contains("进行中 1", await page.Page.InnerTextAsync("[data-testid=element-counts]"));
        Assert.Contains(caseNumber, await page.Page.TextContentAsync("[data-testid=variables]"));
        Assert.EndsWith($"/operations/{instance}", page.Page.Url);
        await page.ScreenshotAsync("operations-instance");
        Assert.Empty(page.Errors);
    }
}
