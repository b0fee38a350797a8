using Bpm.Studio.Tests.Infrastructure;

namespace Bpm.Studio.Tests;

/// <summary>发起案件: an officer finds the procedures they may start, fills the start form (checked in the browser and again
/// by the server), and lands on their first task; a deep link survives signing in; a head lands on the group queue.</summary>
[Collection(StudioCollection.Name)]
public sealed class StartCaseTests(StudioFixture studio)
{
    private static string Model(string id, string formId) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
            id="defs-{id}" targetNamespace="http://bpm.test">
          <bpmn:process id="{id}" name="现场检查（发起测试）" isExecutable="true">
            <bpmn:extensionElements><zeebe:properties>
              <zeebe:property name="candidateStarterRoles" value="officer" />
              <zeebe:property name="category" value="监督检查" />
            </zeebe:properties></bpmn:extensionElements>
            <bpmn:startEvent id="start"><bpmn:extensionElements><zeebe:formDefinition formId="{formId}" /></bpmn:extensionElements></bpmn:startEvent>
            <bpmn:userTask id="inspect" name="现场检查">
              <bpmn:extensionElements><zeebe:assignmentDefinition assignee="zhangwei" /></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="inspect" />
            <bpmn:sequenceFlow id="f2" sourceRef="inspect" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private static string StartForm(string formId) => $$"""
        { "id": "{{formId}}", "type": "default", "schemaVersion": 16, "components": [
          { "key": "partyName", "type": "textfield", "label": "当事人名称", "validate": { "required": true } } ] }
        """;

    [ChromiumFact]
    public async Task An_officer_starts_a_case_from_its_start_form_and_lands_on_the_first_task()
    {
        var id = $"start-{Guid.NewGuid():N}"[..20];
        var formId = $"{id}-form";
        using (var admin = await StudioApi.SignInAsync(studio.Server.BaseAddress, "admin", "admin"))
            await admin.DeployFilesAsync(($"{formId}.form", StartForm(formId)), ($"{id}.bpmn", Model(id, formId)));

        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("zhangwei");
        await page.Page.ClickAsync("[data-nav='/start']");
        await page.Page.ClickAsync($"[data-process='{id}']");
        await page.Page.WaitForSelectorAsync("[data-testid=start-detail] >> text=当事人名称");
        await page.Page.ClickAsync("[data-action=submit-task]");
        await page.Page.WaitForSelectorAsync(".fjs-form-field-error");
        await page.ScreenshotAsync("start-case-form-error");

        var party = page.Page.Locator("[data-testid=start-detail] input").First;
        await party.FillAsync("郑州某超市");
        // form-js takes the typed value when the field is left.
        await party.PressAsync("Tab");
        await page.Page.WaitForSelectorAsync(".fjs-form-field-error", new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
        await page.Page.ClickAsync("[data-action=submit-task]");
        await page.Page.WaitForURLAsync("**/inbox/*");
        await page.Page.WaitForSelectorAsync("[data-testid=task-detail] >> text=现场检查");
        await page.ScreenshotAsync("start-case-first-task");
        Assert.Empty(page.Errors);

        // A person the model does not name does not see it.
        await using var head = await studio.NewPageAsync();
        await head.SignInAsync("majianguo");
        await head.Page.ClickAsync("[data-nav='/start']");
        await head.Page.WaitForSelectorAsync("[data-testid=startable-processes] h2");
        Assert.Equal(0, await head.Page.Locator($"[data-process='{id}']").CountAsync());
    }

    [ChromiumFact]
    public async Task A_deep_link_opened_without_a_session_is_opened_after_sign_in()
    {
        await using var page = await studio.NewPageAsync();
        await page.Page.GotoAsync("/escalations?state=OPEN");
        await page.Page.WaitForSelectorAsync("input[name=username]");
        await page.Page.FillAsync("input[name=username]", "majianguo");
        await page.Page.FillAsync("input[name=password]", StudioFixture.DemoPassword);
        await page.Page.ClickAsync("button[type=submit]");
        await page.Page.WaitForSelectorAsync("[data-user='majianguo']");

        Assert.Equal("/escalations", new Uri(page.Page.Url).AbsolutePath);
        Assert.Equal("?state=OPEN", new Uri(page.Page.Url).Query);
    }

    [ChromiumFact]
    public async Task A_head_lands_on_the_group_queue()
    {
        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("majianguo");
        await page.Page.WaitForSelectorAsync("select[name=scope]");
        Assert.Equal("groups", await page.Page.InputValueAsync("select[name=scope]"));
    }
}
