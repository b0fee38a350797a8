using Bpm.Studio.Tests.Infrastructure;

namespace Bpm.Studio.Tests;

/// <summary>A user task's form is picked from the deployed forms by name in the properties panel; the id is stored.</summary>
[Collection(StudioCollection.Name)]
public sealed class FormPickerTests(StudioFixture studio)
{
    private const string ProcessId = "studio-form-picker";

    [ChromiumFact]
    public async Task A_user_tasks_form_is_picked_by_name_from_the_deployed_forms_and_stored_by_id()
    {
        using var designer = await StudioApi.SignInAsync(studio.Server.BaseAddress, "xufan");
        await designer.DeployAsync($"{ProcessId}.bpmn", Model);

        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("xufan");
        await page.OpenProcessAsync(ProcessId, "fill");
        await page.Page.ClickAsync(StudioPage.ElementSelector("fill"));
        await page.OpenPropertiesGroupAsync("表单");

        var picker = page.Page.Locator("select[name=formId]");
        Assert.Equal("penalty-register", await picker.InputValueAsync());
        Assert.Equal("案源登记（penalty-register）", await picker.Locator("option:checked").InnerTextAsync());
        Assert.Equal(0, await page.Page.Locator(".bio-properties-panel-input[name=formId]:not(select)").CountAsync());
        var labels = await picker.Locator("option").AllInnerTextsAsync();
        Assert.Contains("立案审批（penalty-file-approval）", labels);
        Assert.Contains("负责人督办（期限已届满）（overdue-supervision）", labels);

        await picker.SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "立案审批（penalty-file-approval）" });
        await page.ScreenshotAsync("designer-form-picker");
        await page.Page.ClickAsync("[data-action=deploy]");
        await page.Page.WaitForSelectorAsync($"text=已部署：{ProcessId} 版本 2");
        var xml = await DesignerTests.LatestXmlAsync(page, ProcessId);
        Assert.Contains("formId=\"penalty-file-approval\"", xml);
        Assert.Empty(page.Errors);
    }

    private const string Model = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
          xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
          xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs" targetNamespace="http://bpm.example/test">
          <bpmn:process id="studio-form-picker" name="表单选择示例" isExecutable="true">
            <bpmn:startEvent id="start" name="开始" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="fill" />
            <bpmn:userTask id="fill" name="填写登记表">
              <bpmn:extensionElements>
                <zeebe:userTask />
                <zeebe:assignmentDefinition candidateGroups="officer" />
                <zeebe:formDefinition formId="penalty-register" />
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f2" sourceRef="fill" targetRef="end" />
            <bpmn:endEvent id="end" name="结束" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="d"><bpmndi:BPMNPlane id="pl" bpmnElement="studio-form-picker">
            <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="150" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="fill_di" bpmnElement="fill"><dc:Bounds x="240" y="78" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="400" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="186" y="118" /><di:waypoint x="240" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="340" y="118" /><di:waypoint x="400" y="118" /></bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;
}
