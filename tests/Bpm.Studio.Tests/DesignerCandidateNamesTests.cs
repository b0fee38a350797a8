using Bpm.Studio.Tests.Infrastructure;

namespace Bpm.Studio.Tests;

/// <summary>The designer reads a user task's candidates by their Chinese names (办理人与候选人), a role code used as a
/// candidate group is flagged, and a candidate is added by searching a name.</summary>
[Collection(StudioCollection.Name)]
public sealed class DesignerCandidateNamesTests(StudioFixture studio)
{
    private const string ProcessId = "studio-candidate-names";

    [ChromiumFact]
    public async Task A_candidate_is_shown_by_chinese_name_and_one_is_added_by_searching_a_name()
    {
        using var designer = await StudioApi.SignInAsync(studio.Server.BaseAddress, "xufan");
        await designer.DeployAsync($"{ProcessId}.bpmn", Model);

        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("xufan");
        await page.OpenProcessAsync(ProcessId, "check");
        await page.Page.ClickAsync(StudioPage.ElementSelector("check"));
        await page.OpenPropertiesGroupAsync("办理人与候选人");
        // Right under 分配, where the codes are edited.
        var titles = (await page.Page.Locator(".bio-properties-panel-group-header-title").AllInnerTextsAsync()).Select(x => x.Trim()).ToList();
        Assert.Equal("办理人与候选人", titles[titles.IndexOf("分配") + 1]);

        var users = page.Page.Locator("[data-testid=candidate-users]");
        await users.Locator("[data-code=lina]").WaitForAsync();
        Assert.Equal("李娜（lina，执法稽查处）", await users.Locator("[data-code=lina]").InnerTextAsync());
        var role = page.Page.Locator("[data-testid=candidate-groups] [data-code=officer]");
        Assert.Equal("true", await role.GetAttributeAsync("data-unknown"));
        Assert.Contains("“执法人员”是角色", await role.InnerTextAsync(), StringComparison.Ordinal);

        await page.Page.FillAsync("[data-testid=candidate-search]", "张伟");
        await page.Page.ClickAsync("[data-add-user=zhangwei]");
        await users.Locator("[data-code=zhangwei]").WaitForAsync();
        Assert.Equal("张伟（zhangwei，执法稽查处）", await users.Locator("[data-code=zhangwei]").InnerTextAsync());
        await page.ScreenshotAsync("designer-candidate-names");
        Assert.Empty(page.Errors);
    }

    private const string Model = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
          xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
          xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs" targetNamespace="http://bpm.example/test">
          <bpmn:process id="studio-candidate-names" name="候选人名称示例" isExecutable="true">
            <bpmn:startEvent id="start" name="开始" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="check" />
            <bpmn:userTask id="check" name="现场检查">
              <bpmn:extensionElements>
                <zeebe:userTask />
                <zeebe:assignmentDefinition candidateUsers="lina" candidateGroups="officer" />
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="end" />
            <bpmn:endEvent id="end" name="结束" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="d"><bpmndi:BPMNPlane id="pl" bpmnElement="studio-candidate-names">
            <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="150" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="check_di" bpmnElement="check"><dc:Bounds x="240" y="78" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="400" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="186" y="118" /><di:waypoint x="240" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="340" y="118" /><di:waypoint x="400" y="118" /></bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;
}
