using System.Text;
using Bpm.Studio.Tests.Infrastructure;

namespace Bpm.Studio.Tests;

[Collection(StudioCollection.Name)]
public sealed class DesignerTests(StudioFixture studio)
{
    private const string LogTemplateEntry = ".djs-palette .entry[data-action='bpm-template.bpm.activity.bpm:log']";
    private const string LogMessageInput = "input[name='custom-entry-bpm.activity.bpm:log-input-0']";

    [ChromiumFact]
    public async Task Designer_adds_a_custom_activity_from_the_palette_sets_its_property_and_deploys_a_new_version()
    {
        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("xufan");
        await page.OpenProcessAsync("simple-penalty", "decide_on_spot");
        var versions = page.Page.Locator("[data-process-id='simple-penalty'] .version");
        var before = await versions.CountAsync();

        await page.Page.ClickAsync(LogTemplateEntry);
        await page.Page.Mouse.ClickAsync(700, 620);
        await page.OpenPropertiesGroupAsync("输入");
        await page.Page.FillAsync(LogMessageInput, "已当场处罚");
        await page.Page.Keyboard.PressAsync("Tab");
        await page.ScreenshotAsync("designer-custom-activity");
        await page.Page.ClickAsync("[data-action=deploy]");

        await page.Page.WaitForSelectorAsync($"text=已部署：simple-penalty 版本 {before + 1}");
        Assert.Equal(before + 1, await versions.CountAsync());
        Assert.Contains($"版本 {before + 1}", await page.Page.InnerTextAsync("[data-testid=diagram-title]"));
        var xml = await LatestXmlAsync(page, "simple-penalty");
        Assert.Contains("bpm:log", xml);
        Assert.Contains("已当场处罚", xml);
        Assert.Empty(page.Errors);
    }

    [ChromiumFact]
    public async Task A_validation_error_from_the_server_shows_on_the_offending_element()
    {
        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("xufan");
        await page.OpenProcessAsync("simple-penalty", "decide_on_spot");

        await ImportAsync(page, "unknown-activity.bpmn", UnknownActivityModel);
        await page.Page.WaitForSelectorAsync(StudioPage.ElementSelector("notify_party"));
        await page.Page.ClickAsync("[data-action=validate]");

        var marked = page.Page.Locator(StudioPage.ElementSelector("notify_party") + ".bpm-invalid");
        await marked.WaitForAsync();
        var overlay = await page.Page.InnerTextAsync(".bpm-problem-overlay[data-element-id='notify_party']");
        Assert.Contains("no-such-activity", overlay);
        Assert.Contains("notify_party", await page.Page.InnerTextAsync("[data-testid=problems]"));
        // An element's marker also marks its overlay container (diagram-js), which names the element by data-container-id.
        var markedElsewhere = await page.Page.Locator(".bpm-invalid").EvaluateAllAsync<string[]>(
            "els => els.filter(e => (e.dataset.elementId ?? e.dataset.containerId) !== 'notify_party')" +
            ".map(e => e.dataset.elementId ?? e.dataset.containerId ?? e.getAttribute('class'))");
        Assert.Empty(markedElsewhere);
        await page.ScreenshotAsync("designer-validation-error");
    }

    [ChromiumFact]
    public async Task Version_diff_highlights_what_changed_between_two_versions()
    {
        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("xufan");
        await page.OpenProcessAsync("deadline-escalation", "decide");
        await page.Page.ClickAsync(StudioPage.ElementSelector("decide"));
        await page.OpenPropertiesGroupAsync("常规");
        await page.Page.FillAsync("textarea[name=name]", "作出处理决定（修订）");
        await page.Page.Keyboard.PressAsync("Tab");
        await page.Page.ClickAsync("[data-action=deploy]");
        await page.Page.WaitForSelectorAsync("text=已部署：deadline-escalation");

        await page.Page.ClickAsync("[data-action=diff]");
        var summary = page.Page.Locator("[data-testid=diff-summary] li.diff-changed");
        await summary.First.WaitForAsync();
        Assert.Contains("作出处理决定（修订）", await summary.First.InnerTextAsync());
        Assert.Equal(1, await page.Page.Locator(".diff-canvas " + StudioPage.ElementSelector("decide") + ".diff-changed").CountAsync());
        await page.ScreenshotAsync("designer-diff");
    }

    [ChromiumFact]
    public async Task Form_designer_lists_forms_and_deploys_the_next_version()
    {
        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("xufan");
        await page.Page.GotoAsync("/forms");
        await page.Page.ClickAsync("[data-form-id='simple-penalty-confirmation']");
        await page.Page.WaitForSelectorAsync(".fjs-editor-container");
        await page.ScreenshotAsync("forms");
        var title = await page.Page.InnerTextAsync("[data-testid=form-title]");

        await page.Page.ClickAsync("[data-action=deploy-form]");
        await page.Page.WaitForSelectorAsync("text=已部署：simple-penalty-confirmation");
        Assert.Contains("simple-penalty-confirmation", title);
        Assert.Empty(page.Errors);
    }

    internal static async Task ImportAsync(StudioPage page, string name, string content)
    {
        var chooser = await page.Page.RunAndWaitForFileChooserAsync(() => page.Page.ClickAsync("[data-action=import]"));
        await chooser.SetFilesAsync(new Microsoft.Playwright.FilePayload { Name = name, MimeType = "application/xml", Buffer = Encoding.UTF8.GetBytes(content) });
    }

    internal static async Task<string> LatestXmlAsync(StudioPage page, string bpmnProcessId)
    {
        return await page.Page.EvaluateAsync<string>("""
            async (id) => {
              const token = JSON.parse(sessionStorage.getItem('bpm.session')).token;
              const headers = { Authorization: 'Bearer ' + token };
              const list = await (await fetch('/api/process-definitions?bpmnProcessId=' + id, { headers })).json();
              const latest = list.items.sort((a, b) => b.version - a.version)[0];
              return await (await fetch('/api/process-definitions/' + latest.processDefinitionKey + '/xml', { headers })).text();
            }
            """, bpmnProcessId);
    }

    private const string UnknownActivityModel = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
          xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
          xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs" targetNamespace="http://bpm.example/test">
          <bpmn:process id="studio-invalid" name="校验测试" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="notify_party" />
            <bpmn:serviceTask id="notify_party" name="通知当事人">
              <bpmn:extensionElements><zeebe:taskDefinition type="no-such-activity" /></bpmn:extensionElements>
            </bpmn:serviceTask>
            <bpmn:sequenceFlow id="f2" sourceRef="notify_party" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="d"><bpmndi:BPMNPlane id="pl" bpmnElement="studio-invalid">
            <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="150" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="notify_di" bpmnElement="notify_party"><dc:Bounds x="240" y="78" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="400" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="186" y="118" /><di:waypoint x="240" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="340" y="118" /><di:waypoint x="400" y="118" /></bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;
}
