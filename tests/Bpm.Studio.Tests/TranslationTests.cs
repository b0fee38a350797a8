using System.Text.RegularExpressions;
using Bpm.Studio.Tests.Infrastructure;

namespace Bpm.Studio.Tests;

[Collection(StudioCollection.Name)]
public sealed partial class TranslationTests(StudioFixture studio)
{
    private const string LogTemplateEntry = ".djs-palette .entry[data-action='bpm-template.bpm.activity.bpm:log']";

    /// <summary>English texts the sweep found in these groups before they were translated: any of them showing again
    /// means a translation went missing.</summary>
    private static readonly string[] KnownEnglish =
    [
        "Implementation", "Camunda user task", "Job worker", "Inputs", "Outputs", "Input propagation", "Output propagation",
        "Propagate all variables", "Execution listeners", "Extension properties", "Version tag", "Tenant ID", "Custom properties",
        "Called element", "Condition expression", "Timer", "Type of time", "Value of time", "Subscription correlation key",
        "Global message reference", "Global escalation reference", "Code variable", "Task schedule", "Due date", "Follow up date",
        "Assignment", "Candidate groups", "Form", "Priority", "Documentation", "Element documentation", "Multi-instance", "Template",
    ];

    [ChromiumFact]
    public async Task The_properties_panel_shows_no_English_labels_for_the_elements_designers_edit()
    {
        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("xufan");
        await page.OpenProcessAsync("simple-penalty", "decide_on_spot");
        await DesignerTests.ImportAsync(page, TranslationSweepModel.FileName, TranslationSweepModel.Xml);
        await page.Page.WaitForSelectorAsync(StudioPage.ElementSelector("callFiling"));
        await page.Page.ClickAsync(LogTemplateEntry);
        await page.Page.Mouse.ClickAsync(700, 620);
        await page.Page.WaitForSelectorAsync(".bio-properties-panel-header-type");
        var found = new List<string>();
        found.AddRange(await EnglishInPanelAsync(page, "日志活动（模板）"));

        foreach (var id in TranslationSweepModel.ElementIds)
        {
            await ClickElementAsync(page, id);
            await page.Page.WaitForSelectorAsync($".bio-properties-panel-header-label:has-text('{Name(id)}')");
            found.AddRange(await EnglishInPanelAsync(page, id));
        }
        await page.ScreenshotAsync("designer-properties-chinese");

        Assert.True(found.Count == 0, "English left in the properties panel:\n" + string.Join("\n", found.Distinct()));
        Assert.Empty(page.Errors);
    }

    private static string Name(string id) => id switch
    {
        "review" => "审查", "overdue" => "逾期", "wait" => "等待一小时", "ack" => "等待回执", "approved" => "通过", "callFiling" => "备案",
        _ => id,
    };

    internal static async Task ClickElementAsync(StudioPage page, string id)
    {
        // First an empty spot of the canvas: the selected element's context pad may cover the next one.
        await page.Page.Mouse.ClickAsync(900, 450);
        // A connection is hit on its line: the middle of its bounding box is on a straight flow.
        var box = await page.Page.Locator(StudioPage.ElementSelector(id)).First.BoundingBoxAsync()
            ?? throw new InvalidOperationException($"{id} is not drawn");
        await page.Page.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
    }

    /// <summary>Opens every group and list item of the panel and answers the label-like texts that hold no Chinese.</summary>
    private static async Task<IEnumerable<string>> EnglishInPanelAsync(StudioPage page, string element)
    {
        for (var round = 0; round < 5; round++)
        {
            var opened = await page.Page.EvaluateAsync<int>("""
                () => {
                  const closed = [...document.querySelectorAll('.bio-properties-panel-group-header:not(.open), .bio-properties-panel-collapsible-entry-header:not(.open)')];
                  closed.forEach((header) => header.click());
                  return closed.length;
                }
                """);
            if (opened == 0) break;
            await page.Page.WaitForTimeoutAsync(100);
        }
        var texts = await page.Page.EvaluateAsync<string[]>("""
            () => {
              const panel = document.querySelector('.bio-properties-panel');
              const selectors = ['.bio-properties-panel-group-header-title', '.bio-properties-panel-label', '.bio-properties-panel-description',
                '.bio-properties-panel-header-type', '.bio-properties-panel-collapsible-entry-header-title', 'option', 'button', '.bio-properties-panel-toggle-switch__label'];
              const shown = [...panel.querySelectorAll(selectors.join(','))].map((e) => e.innerText ?? e.textContent ?? '');
              const titles = [...panel.querySelectorAll('[title]')].map((e) => e.getAttribute('title'));
              const placeholders = [...panel.querySelectorAll('[placeholder]')].map((e) => e.getAttribute('placeholder'));
              return [...shown, ...titles, ...placeholders].map((t) => (t ?? '').trim()).filter((t) => t.length > 0);
            }
            """);
        return texts.Where(IsEnglish).Select(t => $"{element}: {t}")
            .Concat(texts.Where(t => KnownEnglish.Contains(t)).Select(t => $"{element}: {t} (known)"));
    }

    /// <summary>No Chinese and at least one English word once the technical names that stay as they are are taken out
    /// (FEEL, ID, JSON, ISO 8601, element ids and values typed into the model).</summary>
    private static bool IsEnglish(string text)
    {
        if (Chinese().IsMatch(text)) return false;
        var rest = Technical().Replace(text, " ");
        return EnglishWord().IsMatch(rest);
    }

    [GeneratedRegex(@"[\u4e00-\u9fff]")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"\b(FEEL|ID|JSON|ISO|UTC|DMN|cron|PT1H|OVERDUE|officer|caseNumber|approved|true|false|major-penalty-filing|simple-penalty-confirmation|msg_ack|esc_overdue|bpm:log|today|add working days)\b|=[^\s]*")]
    private static partial Regex Technical();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex EnglishWord();
}
