using Bpm.Studio.Tests.Infrastructure;

namespace Bpm.Studio.Tests;

/// <summary>Live lint while drawing: a change is checked by the server's deployment validator (debounced) and its
/// problems appear on the elements without pressing 校验; deploying the same model is refused for the same problems.</summary>
[Collection(StudioCollection.Name)]
public sealed class DesignerLintTests(StudioFixture studio)
{
    private const string Gateway = ".djs-shape[data-element-id^='Gateway_']";

    [ChromiumFact]
    public async Task Drawing_a_gateway_with_two_flows_without_conditions_shows_the_validators_problems_on_them_and_deploying_is_refused()
    {
        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("xufan");
        await page.Page.GotoAsync("/designer");
        await page.Page.WaitForSelectorAsync("[data-testid=lint-state]:not(:empty)");
        await page.Page.ClickAsync("[data-action=new]");
        await page.Page.WaitForSelectorAsync(StudioPage.ElementSelector("start"));

        await page.Page.ClickAsync(StudioPage.ElementSelector("start"));
        await page.Page.ClickAsync(".djs-context-pad .entry[data-action='append.gateway']");
        await page.Page.ClickAsync(".djs-context-pad .entry[data-action='append.append-task']");
        await page.Page.ClickAsync(Gateway);
        await page.Page.ClickAsync(".djs-context-pad .entry[data-action='append.append-task']");

        // Nobody pressed 校验: the two flows leaving the gateway are marked by the live check.
        var marked = page.Page.Locator(".djs-connection.bpm-invalid");
        await marked.Nth(1).WaitForAsync();
        Assert.Equal(2, await marked.CountAsync());
        var flowIds = await marked.EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.elementId)");
        foreach (var id in flowIds)
            Assert.False(string.IsNullOrWhiteSpace(await page.Page.InnerTextAsync($".bpm-problem-overlay[data-element-id='{id}']")));
        Assert.Contains("发现", await page.Page.InnerTextAsync("[data-testid=lint-state]"));
        await page.ScreenshotAsync("designer-live-lint");

        await page.Page.ClickAsync("[data-action=deploy]");
        await page.Page.WaitForSelectorAsync(".status:has-text('校验未通过')");
        var afterDeploy = await marked.EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.elementId)");
        Assert.Equal(flowIds.Order(), afterDeploy.Order());
    }
}
