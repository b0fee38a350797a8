using Bpm.Studio.Tests.Infrastructure;

namespace Bpm.Studio.Tests;

/// <summary>The designer names a process by its name (page header and browser tab), follows a name typed in the
/// properties panel before anything is saved (marking the unsaved edit), and 版本对比 is offered only when there are two
/// versions to compare, never one version against itself.</summary>
[Collection(StudioCollection.Name)]
public sealed class DesignerTitleAndDiffTests(StudioFixture studio)
{
    private const string ProcessId = "studio-single-version";

    [ChromiumFact]
    public async Task The_title_shows_the_process_name_and_version_comparison_waits_for_a_second_version()
    {
        using var designer = await StudioApi.SignInAsync(studio.Server.BaseAddress, "xufan");
        await designer.DeployAsync($"{ProcessId}.bpmn", Model);

        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("xufan");
        await page.OpenProcessAsync(ProcessId, "start");

        var title = await page.Page.InnerTextAsync("[data-testid=diagram-title]");
        Assert.Equal("单版本示例流程 · 版本 1", title);
        Assert.StartsWith("单版本示例流程", await page.Page.TitleAsync());
        var diff = page.Page.Locator("[data-action=diff]");
        Assert.True(await diff.IsDisabledAsync());
        Assert.Equal("该流程只有一个版本，部署新版本后才能对比", await diff.GetAttributeAsync("title"));
        await page.ScreenshotAsync("designer-title-one-version");

        await page.Page.ClickAsync("[data-action=deploy]");
        await page.Page.WaitForSelectorAsync($"text=已部署：{ProcessId} 版本 2");
        Assert.Equal("单版本示例流程 · 版本 2", await page.Page.InnerTextAsync("[data-testid=diagram-title]"));
        Assert.True(await diff.IsEnabledAsync());

        // Version 1 selected: it is compared with version 2, not with itself.
        await page.Page.ClickAsync($"[data-process-id='{ProcessId}'] .version[data-version='1']");
        await page.Page.WaitForSelectorAsync("[data-testid=diagram-title]:has-text('版本 1')");
        await page.Page.ClickAsync("[data-action=diff]");
        await page.Page.WaitForSelectorAsync("[data-testid=diff-summary] p");
        Assert.Equal("版本 1", await page.Page.Locator("[data-testid=diff-from] option:checked").InnerTextAsync());
        Assert.Equal("版本 2", await page.Page.Locator("[data-testid=diff-to] option:checked").InnerTextAsync());
        Assert.Empty(page.Errors);
    }

    [ChromiumFact]
    public async Task The_title_follows_a_process_name_typed_in_the_properties_panel_and_marks_it_unsaved()
    {
        var processId = $"studio-renamed-{Guid.NewGuid():N}"[..26];
        using var designer = await StudioApi.SignInAsync(studio.Server.BaseAddress, "xufan");
        await designer.DeployAsync($"{processId}.bpmn", Model.Replace(ProcessId, processId, StringComparison.Ordinal));

        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("xufan");
        await page.OpenProcessAsync(processId, "start");
        var title = page.Page.Locator("[data-testid=diagram-title]");
        Assert.Equal("单版本示例流程 · 版本 1", await title.InnerTextAsync());

        // A click on the empty canvas selects the process itself; its name is the panel's 名称.
        var canvas = (await page.Page.Locator("[data-testid=canvas]").BoundingBoxAsync())!;
        await page.Page.Mouse.ClickAsync(canvas.X + canvas.Width - 60, canvas.Y + canvas.Height - 60);
        await page.OpenPropertiesGroupAsync("常规");
        await page.Page.FillAsync("[data-testid=properties] textarea[name=name]", "食品抽检处罚流程");

        await page.Page.WaitForSelectorAsync("[data-testid=diagram-title]:text-is('食品抽检处罚流程 · 版本 1 · 未保存')");
        Assert.StartsWith("● 食品抽检处罚流程", await page.Page.TitleAsync());
        Assert.Equal(processId, await title.GetAttributeAsync("title"));
        await page.ScreenshotAsync("designer-title-follows-name");

        await page.Page.ClickAsync("[data-action=save-draft]");
        await page.Page.WaitForSelectorAsync("[data-testid=diagram-title]:text-is('食品抽检处罚流程 · 版本 1')");
        Assert.StartsWith("食品抽检处罚流程", await page.Page.TitleAsync());
        Assert.Empty(page.Errors);
    }

    private const string Model = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
          xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="defs" targetNamespace="http://bpm.example/test">
          <bpmn:process id="studio-single-version" name="单版本示例流程" isExecutable="true">
            <bpmn:startEvent id="start" name="开始" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="end" />
            <bpmn:endEvent id="end" name="结束" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="d"><bpmndi:BPMNPlane id="pl" bpmnElement="studio-single-version">
            <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="150" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="300" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="186" y="118" /><di:waypoint x="300" y="118" /></bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;
}
