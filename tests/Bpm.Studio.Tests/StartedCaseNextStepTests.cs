using Bpm.Studio.Tests.Infrastructure;

namespace Bpm.Studio.Tests;

/// <summary>发起案件, when the first task is someone else's: the page names the procedure, says the case has no case number
/// yet (never an instance key), and whose the next task is, by name.</summary>
[Collection(StudioCollection.Name)]
public sealed class StartedCaseNextStepTests(StudioFixture studio)
{
    private static string Model(string id) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
            id="defs-{id}" targetNamespace="http://bpm.test">
          <bpmn:process id="{id}" name="现场检查（转办测试）" isExecutable="true">
            <bpmn:extensionElements><zeebe:properties>
              <zeebe:property name="candidateStarterRoles" value="head" />
            </zeebe:properties></bpmn:extensionElements>
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="inspect" name="现场检查">
              <bpmn:extensionElements><zeebe:assignmentDefinition assignee="lina" /></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="inspect" />
            <bpmn:sequenceFlow id="f2" sourceRef="inspect" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [ChromiumFact]
    public async Task A_head_starting_a_case_for_an_officer_reads_the_procedure_no_case_number_yet_and_the_officers_name()
    {
        var id = $"next-{Guid.NewGuid():N}"[..20];
        using (var admin = await StudioApi.SignInAsync(studio.Server.BaseAddress, "admin", "admin"))
            await admin.DeployFilesAsync(($"{id}.bpmn", Model(id)));

        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("yangfan");
        await page.Page.ClickAsync("[data-nav='/start']");
        await page.Page.ClickAsync($"[data-process='{id}']");
        var detail = page.Page.Locator("[data-testid=start-detail]");
        await detail.Locator("[data-action=submit-task]").ClickAsync();

        var started = page.Page.Locator("[data-testid=started-case]");
        await started.WaitForAsync();
        Assert.Equal("已发起：现场检查（转办测试）", await started.Locator("h2").InnerTextAsync());
        Assert.Equal("案号：尚未编号（立案登记后生成）", await started.Locator("[data-testid=started-case-number]").InnerTextAsync());
        Assert.Equal("下一步：现场检查，办理人：李娜", await started.Locator("[data-testid=started-next]").InnerTextAsync());
        var key = await started.GetAttributeAsync("data-started");
        Assert.DoesNotContain(key!, await started.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync("start-case-next-step");
        Assert.Empty(page.Errors);
    }
}
