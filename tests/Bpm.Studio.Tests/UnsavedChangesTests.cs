using Bpm.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Bpm.Studio.Tests;

/// <summary>Unsaved work is never dropped silently: opening another process and leaving the page ask 保存 / 放弃 / 取消;
/// closing or reloading the tab is held up for the browser's question.</summary>
[Collection(StudioCollection.Name)]
public sealed class UnsavedChangesTests(StudioFixture studio)
{
    private const string Dialog = "[data-testid=unsaved-dialog]";

    [ChromiumFact]
    public async Task Leaving_an_edited_process_asks_first_cancel_keeps_the_edit_discard_drops_it_and_save_keeps_a_draft()
    {
        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("xufan");
        await page.OpenProcessAsync("simple-penalty", "decide_on_spot");
        await RenameAsync(page, "decide_on_spot", "当场决定（未保存）");

        var otherProcess = page.Page.Locator("[data-process-id='deadline-escalation'] .version").First;
        await otherProcess.ClickAsync();
        await page.Page.WaitForSelectorAsync(Dialog);
        await page.ScreenshotAsync("designer-unsaved-prompt");
        await page.Page.ClickAsync("[data-action=unsaved-cancel]");
        await page.Page.WaitForSelectorAsync(Dialog, new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        Assert.Contains("当场决定（未保存）", await page.Page.TextContentAsync(StudioPage.ElementSelector("decide_on_spot")));

        await otherProcess.ClickAsync();
        await page.Page.ClickAsync("[data-action=unsaved-discard]");
        await page.Page.WaitForSelectorAsync(StudioPage.ElementSelector("decide"));
        Assert.Null(await DraftAsync(page, "simple-penalty"));

        await RenameAsync(page, "decide", "作出处理决定（草稿）");
        await page.Page.ClickAsync("[data-nav='/forms']");
        await page.Page.WaitForSelectorAsync(Dialog);
        Assert.EndsWith("/designer", new Uri(page.Page.Url).AbsolutePath);
        await page.Page.ClickAsync("[data-action=unsaved-save]");
        await page.Page.WaitForURLAsync("**/forms");
        Assert.Contains("作出处理决定（草稿）", await DraftAsync(page, "deadline-escalation"));
        Assert.Empty(page.Errors);
    }

    [ChromiumFact]
    public async Task Closing_or_reloading_the_tab_is_held_up_only_while_there_are_unsaved_changes()
    {
        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("xufan");
        await page.OpenProcessAsync("simple-penalty", "decide_on_spot");
        // The browser asks its own question when a beforeunload handler cancels the event; asking the page directly keeps
        // the test from closing the shared browser.
        Assert.False(await BeforeUnloadCancelledAsync(page));

        await RenameAsync(page, "decide_on_spot", "当场决定（关闭前）");
        Assert.True(await BeforeUnloadCancelledAsync(page));

        await page.Page.ClickAsync("[data-action=save-draft]");
        await page.Page.WaitForSelectorAsync(".status:has-text('草稿已保存')");
        Assert.False(await BeforeUnloadCancelledAsync(page));
        Assert.Empty(page.Errors);
    }

    private static Task<bool> BeforeUnloadCancelledAsync(StudioPage page) => page.Page.EvaluateAsync<bool>("""
        () => {
          const event = new Event('beforeunload', { cancelable: true });
          window.dispatchEvent(event);
          return event.defaultPrevented;
        }
        """);

    private static async Task RenameAsync(StudioPage page, string elementId, string name)
    {
        await page.Page.ClickAsync(StudioPage.ElementSelector(elementId));
        await page.OpenPropertiesGroupAsync("常规");
        await page.Page.FillAsync("textarea[name=name]", name);
        await page.Page.Keyboard.PressAsync("Tab");
        await page.Page.WaitForSelectorAsync($"{StudioPage.ElementSelector(elementId)}:has-text('{name}')");
    }

    private static Task<string?> DraftAsync(StudioPage page, string processId) =>
        page.Page.EvaluateAsync<string?>("id => localStorage.getItem('bpm.draft.' + id)", processId);
}
