using Bpm.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Bpm.Studio.Tests;

/// <summary>裁量基准: a designer opens a discretion table in dmn-js, evaluates it in the test panel, changes a cell, deploys
/// the next version and compares it with the previous one.</summary>
[Collection(StudioCollection.Name)]
public sealed class DecisionEditorTests(StudioFixture studio)
{
    [ChromiumFact]
    public async Task A_table_opened_while_another_is_loading_wins_and_the_test_panel_is_its_own()
    {
        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("xufan");
        await page.Page.GotoAsync("/decisions");
        var unmarked = page.Page.Locator("[data-testid=decision-list] [data-decision-id='price-unmarked']");
        var tier = page.Page.Locator("[data-testid=decision-list] [data-decision-id='price-tier']");
        await unmarked.WaitForAsync();

        // The second click comes before the first table has loaded: the later open wins.
        await unmarked.ClickAsync();
        await tier.ClickAsync();

        await page.Page.WaitForSelectorAsync("[data-testid=decision-test][data-decision-id='price-tier'] [data-input]");
        await page.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("price-tier", await page.Page.GetAttributeAsync("[data-testid=decision-test]", "data-decision-id"));
        Assert.Contains("version active", await tier.GetAttributeAsync("class"));
        Assert.Empty(page.Errors);
    }

    [ChromiumFact]
    public async Task A_designer_tests_a_table_changes_a_cell_deploys_a_new_version_and_compares_the_versions()
    {
        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("xufan");
        await page.Page.GotoAsync("/decisions");
        await page.Page.ClickAsync("[data-testid=decision-list] [data-decision-id='price-unmarked']");
        await page.Page.WaitForSelectorAsync(".dmn-decision-table-container td[data-row-id='price-unmarked_r4']");
        // The first table of the file (price-tier) is on screen on the way: type only into the panel of the table opened.
        await page.Page.WaitForSelectorAsync("[data-testid=decision-test][data-decision-id='price-unmarked'] [data-input='severity']");
        Assert.Contains("命中策略", await page.Page.InnerTextAsync(".dmn-decision-table-container"));

        foreach (var (input, value) in new[] { ("severity", "一般"), ("harm", "一般"), ("firstOffence", "false"), ("corrected", "false"), ("mitigating", "false") })
            await page.Page.FillAsync($"[data-testid=decision-test][data-decision-id='price-unmarked'] [data-input='{input}']", value);
        await page.Page.ClickAsync("[data-action=evaluate-decision]");
        var result = await page.Page.WaitForSelectorAsync("[data-testid=decision-result-value]");
        Assert.Contains("3500", await result!.InnerTextAsync());
        Assert.Contains("price-unmarked_r4", await page.Page.InnerTextAsync("[data-testid=decision-result]"));

        var cell = page.Page.Locator("td[data-row-id='price-unmarked_r4'][data-col-id='price-unmarked_out2'] [contenteditable]");
        await cell.ClickAsync();
        await page.Page.Keyboard.PressAsync("Control+A");
        await page.Page.Keyboard.TypeAsync("3600");
        await page.Page.Keyboard.PressAsync("Tab");
        await page.Page.ClickAsync("[data-action=deploy-decision]");
        await page.Page.WaitForSelectorAsync("text=已部署：");
        Assert.Contains("版本 2", await page.Page.InnerTextAsync("[data-testid=decision-title]"));
        Assert.Contains("xufan", await page.Page.InnerTextAsync("[data-testid=decision-title]"));

        await page.Page.ClickAsync("[data-action=compare-decision]");
        var change = page.Page.Locator("[data-testid=decision-compare] li[data-change=changed][data-rule-id='price-unmarked_r4']");
        await change.WaitForAsync();
        Assert.Contains("3600", await change.InnerTextAsync());
        await page.ScreenshotAsync("decision-editor");
        Assert.Empty(page.Errors);
    }
}
