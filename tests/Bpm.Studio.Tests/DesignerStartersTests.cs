using Bpm.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Bpm.Studio.Tests;

/// <summary>The designer reads who may start a process by role names, not codes (发起权限 on the process).</summary>
[Collection(StudioCollection.Name)]
public sealed class DesignerStartersTests(StudioFixture studio)
{
    [ChromiumFact]
    public async Task The_process_shows_its_starters_by_the_roles_chinese_names()
    {
        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("xufan");
        // Nothing selected: the panel shows the diagram's one pool, whose process declares officer and head.
        await page.OpenProcessAsync("administrative-penalty", "register");
        await page.OpenPropertiesGroupAsync("发起权限");
        var group = page.Page.Locator(".bio-properties-panel-group", new PageLocatorOptions { HasText = "发起权限" });
        await group.Locator(".bio-properties-panel-description").First.WaitForAsync();
        Assert.Contains("可发起的角色：执法人员（officer）、负责人（head）", await group.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync("designer-starters");
        Assert.Empty(page.Errors);
    }
}
