using System.Text.RegularExpressions;
using Bpm.Studio.Tests.Infrastructure;

namespace Bpm.Studio.Tests;

/// <summary>表单设计 in Chinese: the form-js editor's palette and, for every field type, every group of its properties
/// panel show no English word (four letters or more) except the technical names kept as they are.</summary>
[Collection(StudioCollection.Name)]
public sealed partial class FormEditorTranslationTests(StudioFixture studio)
{
    private const string FormId = "zh-bd-1";
    private static readonly HashSet<string> Technical = ["FEEL", "JSON", "HTML", "Markdown", "HTTPS", "MIME", "iFrame", "ISO", "UTC", "data", "URI"];

    [ChromiumFact]
    public async Task The_form_editors_palette_and_properties_panel_have_no_English_left()
    {
        using var designer = await StudioApi.SignInAsync(studio.Server.BaseAddress, "xufan");
        await designer.DeployFilesAsync(($"{FormId}.form", SweepForm));

        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("xufan");
        await page.Page.GotoAsync("/forms");
        await page.Page.ClickAsync($"[data-form-id='{FormId}']");
        await page.Page.WaitForSelectorAsync(".fjs-palette-container .fjs-palette-field");

        var found = new List<string>();
        found.AddRange(EnglishWords("palette", await VisibleTextAsync(page, ".fjs-palette-container")));
        found.AddRange(EnglishWords("empty panel", await VisibleTextAsync(page, ".fjs-properties-container")));
        var ids = await page.Page.Locator(".fjs-form-container [data-id]")
            .EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.id).filter(Boolean)");
        Assert.NotEmpty(ids);
        foreach (var id in ids.Distinct())
        {
            var field = page.Page.Locator($".fjs-form-container [data-id='{id}']").First;
            if (!await field.IsVisibleAsync()) continue;
            await field.ClickAsync(new Microsoft.Playwright.LocatorClickOptions { Position = new() { X = 4, Y = 4 } });
            await OpenAllGroupsAsync(page);
            found.AddRange(EnglishWords(id, await VisibleTextAsync(page, ".fjs-properties-container")));
        }
        await page.ScreenshotAsync("forms-editor-chinese");
        Assert.True(found.Count == 0, "English left in the form editor: " + string.Join("; ", found.Distinct()));
    }

    private static async Task OpenAllGroupsAsync(StudioPage page)
    {
        var closed = page.Page.Locator(".fjs-properties-container .bio-properties-panel-group-header:not(.open)");
        for (var i = await closed.CountAsync(); i > 0; i--)
            await closed.First.ClickAsync();
    }

    /// <summary>What a person reads there: the text and the placeholders and tooltips of the controls.</summary>
    private static Task<string> VisibleTextAsync(StudioPage page, string selector) => page.Page.EvaluateAsync<string>("""
        (selector) => [...document.querySelectorAll(selector)].map((root) => [
          root.innerText,
          ...[...root.querySelectorAll('[placeholder]')].map((e) => e.getAttribute('placeholder')),
          ...[...root.querySelectorAll('[title]')].map((e) => e.getAttribute('title')),
        ].join('\n')).join('\n')
        """, selector);

    private static IEnumerable<string> EnglishWords(string where, string text) =>
        Word().Matches(text).Select(m => m.Value).Where(w => !Technical.Contains(w)).Distinct().Select(w => $"{where}: {w}");

    [GeneratedRegex("[A-Za-z]{4,}")]
    private static partial Regex Word();

    // One field of each type the palette offers, with Chinese labels and short keys (keys are identifiers, not text).
    private const string SweepForm = """
        {
          "id": "zh-bd-1", "type": "default", "schemaVersion": 16, "executionPlatform": "Camunda Cloud",
          "components": [
            { "id": "c1", "type": "textfield", "key": "f1", "label": "文本框", "validate": { "required": true, "minLength": 2 } },
            { "id": "c2", "type": "textarea", "key": "f2", "label": "多行文本" },
            { "id": "c3", "type": "number", "key": "f3", "label": "数字" },
            { "id": "c4", "type": "datetime", "key": "f4", "subtype": "date", "dateLabel": "日期" },
            { "id": "c5", "type": "checkbox", "key": "f5", "label": "复选框" },
            { "id": "c6", "type": "checklist", "key": "f6", "label": "复选框组", "values": [{ "label": "甲", "value": "v1" }] },
            { "id": "c7", "type": "radio", "key": "f7", "label": "单选", "values": [{ "label": "乙", "value": "v2" }] },
            { "id": "c8", "type": "select", "key": "f8", "label": "下拉", "values": [{ "label": "丙", "value": "v3" }] },
            { "id": "c9", "type": "taglist", "key": "f9", "label": "标签", "values": [{ "label": "丁", "value": "v4" }] },
            { "id": "c10", "type": "text", "text": "说明文字" },
            { "id": "c11", "type": "spacer", "height": 30 },
            { "id": "c12", "type": "separator" },
            { "id": "c13", "type": "group", "label": "分组", "showOutline": true, "components": [
              { "id": "c14", "type": "textfield", "key": "f14", "label": "组内字段" } ] },
            { "id": "c15", "type": "dynamiclist", "label": "动态列表", "path": "p15", "isRepeating": true, "components": [
              { "id": "c16", "type": "textfield", "key": "f16", "label": "列表字段" } ] },
            { "id": "c17", "type": "expression", "key": "f17", "expression": "=1", "computeOn": "change" },
            { "id": "c18", "type": "filepicker", "key": "f18", "label": "附件" },
            { "id": "c19", "type": "button", "action": "submit", "label": "提交" }
          ]
        }
        """;
}
