using Bpm.Studio.Tests.Infrastructure;

namespace Bpm.Studio.Tests;

/// <summary>The properties panel's FEEL editors are not part of the designer's first load (the page's bundle has
/// stand-ins that load them when a FEEL field is first shown): a FEEL field still opens as an editor, shows the model's
/// expression and takes what is typed into the model.</summary>
[Collection(StudioCollection.Name)]
public sealed class DesignerFeelFieldTests(StudioFixture studio)
{
    private const string FeelEditor = ".bio-properties-panel-feel-editor-container .cm-content";

    [ChromiumFact]
    public async Task A_condition_is_edited_in_its_feel_editor_and_reaches_the_model()
    {
        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("xufan");
        await page.OpenProcessAsync("simple-penalty", "decide_on_spot");
        await DesignerTests.ImportAsync(page, TranslationSweepModel.FileName, TranslationSweepModel.Xml);
        await page.Page.WaitForSelectorAsync(StudioPage.ElementSelector("callFiling"));

        await TranslationTests.ClickElementAsync(page, "approved");
        await page.OpenPropertiesGroupAsync("条件");
        var condition = page.Page.Locator(FeelEditor).First;
        await condition.WaitForAsync();
        Assert.Equal("approved = true", await condition.InnerTextAsync());
        await condition.ClickAsync();
        await page.Page.Keyboard.PressAsync("End");
        await page.Page.Keyboard.TypeAsync(" and amount < 500");
        await page.Page.Keyboard.PressAsync("Tab");

        await page.ScreenshotAsync("designer-feel-field");

        await page.Page.ClickAsync("[data-action=save-draft]");
        await page.Page.WaitForFunctionAsync("() => localStorage.getItem('bpm.draft.translation-sweep') !== null");
        var draft = await page.Page.EvaluateAsync<string>("() => JSON.parse(localStorage.getItem('bpm.draft.translation-sweep')).xml");
        Assert.Contains("=approved = true and amount &lt; 500", draft);
        Assert.Empty(page.Errors);
    }
}
