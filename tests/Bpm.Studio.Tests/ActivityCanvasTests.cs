using Bpm.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Bpm.Studio.Tests;

/// <summary>The enforcement activities on the canvas: a category icon and the template's name on every activity of a
/// shipped workflow, a plain task turned into an activity from the replace menu, its template fields in the properties
/// panel, validated and deployed; message catch events bound to our reply templates drawn with the same category icon;
/// and a user task nobody can work refused by the designer's check.</summary>
[Collection(StudioCollection.Name)]
public sealed class ActivityCanvasTests(StudioFixture studio)
{
    private const string AgencyHeads = "bpm.activity.bpm:agency-heads";

    private static string Activity(string elementId) => StudioPage.ElementSelector(elementId) + " g.bpm-activity";

    [ChromiumFact]
    public async Task A_shipped_workflow_shows_each_activity_with_its_category_icon()
    {
        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("xufan");
        await page.OpenProcessAsync("administrative-license", "number");

        Assert.Equal("case", await page.Page.GetAttributeAsync(Activity("number"), "data-category"));
        Assert.Equal("deadline", await page.Page.GetAttributeAsync(Activity("acceptancePeriod"), "data-category"));
        Assert.Equal("document", await page.Page.GetAttributeAsync(Activity("grantDocument"), "data-category"));
        Assert.Equal("bpm.activity.bpm:generate-document", await page.Page.GetAttributeAsync(Activity("grantDocument"), "data-template"));
        var categories = await page.Page.Locator("g.bpm-activity").EvaluateAllAsync<string[]>("gs => gs.map(g => g.dataset.category)");
        Assert.True(categories.Distinct().Count() >= 3, string.Join(", ", categories));
        // No activity of the workflow is drawn with the stock service-task gear any more.
        Assert.Equal(0, await page.Page.Locator(StudioPage.ElementSelector("number") + " .djs-visual > path").CountAsync());

        await page.Page.ClickAsync(StudioPage.ElementSelector("number"));
        await page.Page.Locator(".bio-properties-panel-group-header", new PageLocatorOptions { HasText = "输入" }).First.WaitForAsync();
        await page.OpenPropertiesGroupAsync("输入");
        Assert.Contains("机构代字", await page.Page.InnerTextAsync("[data-testid=properties]"));
        await page.ScreenshotAsync("designer-activity-icons");
        Assert.Empty(page.Errors);
    }

    [ChromiumFact]
    public async Task A_plain_task_becomes_an_activity_from_the_replace_menu_validates_and_deploys()
    {
        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("xufan");
        await page.OpenProcessAsync("simple-penalty", "decide_on_spot");
        var processId = $"studio-activity-{Guid.NewGuid():N}"[..28];
        await DesignerTests.ImportAsync(page, $"{processId}.bpmn", PlainTaskModel(processId));
        await page.Page.WaitForSelectorAsync(StudioPage.ElementSelector("heads"));
        Assert.Equal(0, await page.Page.Locator(Activity("heads")).CountAsync());

        await page.Page.ClickAsync(StudioPage.ElementSelector("heads"));
        await page.Page.ClickAsync(".djs-context-pad .entry[data-action='replace']");
        await page.Page.FillAsync(".djs-popup input", "负责人");
        var entry = page.Page.Locator($".djs-popup [data-id='bpm-template.{AgencyHeads}']");
        await entry.WaitForAsync();
        Assert.NotNull(await entry.Locator("svg[data-category='personnel']").ElementHandleAsync());
        await page.ScreenshotAsync("designer-replace-menu");
        await entry.ClickAsync();

        var activity = page.Page.Locator(Activity("heads"));
        await activity.WaitForAsync();
        Assert.Equal("personnel", await activity.GetAttributeAsync("data-category"));
        Assert.Equal("机关负责人", string.Concat(await activity.Locator("text").AllTextContentsAsync()));
        // Select it afresh (the replaced shape is a new diagram element), then its template fields show in the panel.
        await page.Page.ClickAsync(StudioPage.ElementSelector("start"));
        await page.Page.ClickAsync(StudioPage.ElementSelector("heads"));
        await page.Page.Locator("[data-testid=properties]", new PageLocatorOptions { HasText = "机关负责人" }).WaitForAsync();
        await page.ScreenshotAsync("designer-replaced-activity-properties");
        await page.OpenPropertiesGroupAsync("输入");
        Assert.Contains("承办机构", await page.Page.InnerTextAsync("[data-testid=properties]"));

        await page.Page.ClickAsync("[data-action=validate]");
        await page.Page.WaitForSelectorAsync("text=校验通过，可以部署");
        await page.Page.ClickAsync("[data-action=deploy]");
        await page.Page.WaitForSelectorAsync($"text=已部署：{processId} 版本 1");
        await page.ScreenshotAsync("designer-replaced-activity");
        Assert.Empty(page.Errors);
    }

    [ChromiumFact]
    public async Task Message_catch_events_bound_to_a_reply_template_show_its_category_icon_instead_of_the_envelope()
    {
        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("xufan");
        await page.OpenProcessAsync("simple-penalty", "decide_on_spot");
        var processId = $"studio-reply-{Guid.NewGuid():N}"[..25];
        await DesignerTests.ImportAsync(page, $"{processId}.bpmn", MessageEventModel(processId));
        await page.Page.WaitForSelectorAsync(StudioPage.ElementSelector("ack"));

        foreach (var (elementId, template) in new[] { ("ack", AcknowledgedTemplate), ("opinion", OpinionTemplate), ("started", AcknowledgedTemplate) })
        {
            var mark = page.Page.Locator(Activity(elementId));
            Assert.Equal("agency-reply", await mark.GetAttributeAsync("data-category"));
            Assert.Equal(template, await mark.GetAttributeAsync("data-template"));
            Assert.StartsWith("外部回执：", await mark.Locator("title").TextContentAsync());
            // The stock envelope (bpmn-js' message marker path) is not drawn.
            Assert.Equal(0, await page.Page.Locator(StudioPage.ElementSelector(elementId) + " .djs-visual > path").CountAsync());
        }
        // The unnamed catch event reads its template's name; the named boundary event keeps its own external label.
        Assert.Equal("公示回执", string.Concat(await page.Page.Locator(Activity("ack") + " text").AllTextContentsAsync()));
        Assert.Equal(0, await page.Page.Locator(Activity("opinion") + " text").CountAsync());
        // A message event bound to no template keeps the envelope.
        Assert.Equal(0, await page.Page.Locator(Activity("plain")).CountAsync());
        Assert.True(await page.Page.Locator(StudioPage.ElementSelector("plain") + " .djs-visual > path").CountAsync() > 0);
        await page.ScreenshotAsync("designer-message-events");
        Assert.Empty(page.Errors);
    }

    private const string AcknowledgedTemplate = "bpm.message.disclosure.acknowledged.v1";
    private const string OpinionTemplate = "bpm.message.major-penalty.correction-opinion.v1";

    private static string MessageEventModel(string processId) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
          xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
          xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs" targetNamespace="http://bpm.example/test">
          <bpmn:message id="m1" name="disclosure.acknowledged.v1" />
          <bpmn:message id="m2" name="major-penalty.correction-opinion.v1" />
          <bpmn:message id="m3" name="some.other.v1" />
          <bpmn:process id="{processId}" name="回执测试" isExecutable="true">
            <bpmn:startEvent id="started" zeebe:modelerTemplate="{AcknowledgedTemplate}" zeebe:modelerTemplateVersion="1">
              <bpmn:messageEventDefinition messageRef="m1" />
            </bpmn:startEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="started" targetRef="ack" />
            <bpmn:intermediateCatchEvent id="ack" zeebe:modelerTemplate="{AcknowledgedTemplate}" zeebe:modelerTemplateVersion="1">
              <bpmn:messageEventDefinition messageRef="m1" />
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="ack" targetRef="wait" />
            <bpmn:userTask id="wait" name="等待纠错意见" />
            <bpmn:boundaryEvent id="opinion" name="收到纠错意见" attachedToRef="wait" zeebe:modelerTemplate="{OpinionTemplate}" zeebe:modelerTemplateVersion="1">
              <bpmn:messageEventDefinition messageRef="m2" />
            </bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f3" sourceRef="wait" targetRef="plain" />
            <bpmn:intermediateCatchEvent id="plain" name="其他消息">
              <bpmn:messageEventDefinition messageRef="m3" />
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f4" sourceRef="plain" targetRef="end" />
            <bpmn:sequenceFlow id="f5" sourceRef="opinion" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="d"><bpmndi:BPMNPlane id="pl" bpmnElement="{processId}">
            <bpmndi:BPMNShape id="started_di" bpmnElement="started"><dc:Bounds x="150" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="ack_di" bpmnElement="ack"><dc:Bounds x="240" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="wait_di" bpmnElement="wait"><dc:Bounds x="330" y="78" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="opinion_di" bpmnElement="opinion"><dc:Bounds x="362" y="140" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="plain_di" bpmnElement="plain"><dc:Bounds x="490" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="580" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="186" y="118" /><di:waypoint x="240" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="276" y="118" /><di:waypoint x="330" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="f3_di" bpmnElement="f3"><di:waypoint x="430" y="118" /><di:waypoint x="490" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="f4_di" bpmnElement="f4"><di:waypoint x="526" y="118" /><di:waypoint x="580" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="f5_di" bpmnElement="f5"><di:waypoint x="380" y="176" /><di:waypoint x="380" y="220" /><di:waypoint x="598" y="220" /><di:waypoint x="598" y="136" /></bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    [ChromiumFact]
    public async Task A_user_task_nobody_can_work_is_refused_by_the_check_naming_it()
    {
        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("xufan");
        await page.OpenProcessAsync("simple-penalty", "decide_on_spot");
        var processId = $"studio-nobody-{Guid.NewGuid():N}"[..26];
        await DesignerTests.ImportAsync(page, $"{processId}.bpmn", PlainTaskModel(processId, "<bpmn:userTask id=\"heads\" name=\"审核材料\">",
            "</bpmn:userTask>"));
        await page.Page.WaitForSelectorAsync(StudioPage.ElementSelector("heads"));

        await page.Page.ClickAsync("[data-action=validate]");

        await page.Page.Locator(StudioPage.ElementSelector("heads") + ".bpm-invalid").WaitForAsync();
        var overlay = await page.Page.InnerTextAsync(".bpm-problem-overlay[data-element-id='heads']");
        Assert.Contains("“审核材料”（heads）", overlay);
        Assert.Contains("用户任务须有办理人", overlay);
        Assert.Contains("heads", await page.Page.InnerTextAsync("[data-testid=problems]"));
        await page.ScreenshotAsync("designer-user-task-without-performer");
    }

    private static string PlainTaskModel(string processId, string open = "<bpmn:task id=\"heads\">", string close = "</bpmn:task>") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
          xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
          xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs" targetNamespace="http://bpm.example/test">
          <bpmn:process id="{processId}" name="活动测试" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="heads" />
            {open}{close}
            <bpmn:sequenceFlow id="f2" sourceRef="heads" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="d"><bpmndi:BPMNPlane id="pl" bpmnElement="{processId}">
            <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="150" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="heads_di" bpmnElement="heads"><dc:Bounds x="240" y="78" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="400" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="186" y="118" /><di:waypoint x="240" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="340" y="118" /><di:waypoint x="400" y="118" /></bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;
}
