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
    public async Task An_officer_starts_the_shipped_general_penalty_procedure_and_registers_the_case_on_her_first_task()
    {
        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("zhangwei");
        await page.Page.ClickAsync("[data-nav='/start']");
        var list = page.Page.Locator("[data-testid=startable-processes]");
        // The shipped procedures she may start, by Chinese name under their category; sub-processes and others' are not offered.
        var penalty = list.Locator("[data-category='行政处罚'] [data-process=administrative-penalty]");
        Assert.Equal("行政处罚一般程序", await penalty.InnerTextAsync());
        Assert.Equal("行政许可", await list.Locator("[data-category='行政许可'] h2").InnerTextAsync());
        Assert.Equal(1, await list.Locator("[data-process=administrative-license]").CountAsync());
        foreach (var hidden in new[] { "disclosure", "legal-review", "collective-discussion", "case-file-review", "supervision" })
            Assert.Equal(0, await list.Locator($"[data-process={hidden}]").CountAsync());
        await page.ScreenshotAsync("start-case-shipped-list");

        await penalty.ClickAsync();
        var detail = page.Page.Locator("[data-testid=start-detail]");
        await detail.Locator("[data-action=submit-task]").WaitForAsync();
        Assert.Contains("行政处罚一般程序", await detail.InnerTextAsync(), StringComparison.Ordinal);
        await detail.Locator("[data-action=submit-task]").ClickAsync();

        // Her first task is 案源登记, a task of her unit's group: it opens at once for her to take.
        // (The page once threw here: a form-less 发起 read a variable declared after its early return, so nothing happened.)
        await page.Page.WaitForURLAsync("**/inbox/*");
        var task = page.Page.Locator("[data-testid=task-detail]");
        await task.Locator("[data-testid=task-title] >> text=案源登记").WaitForAsync();
        await task.Locator("[data-action=claim]").ClickAsync();
        var submit = task.Locator("[data-action=submit-task]:not([disabled])");
        await submit.WaitForAsync();
        var taskKey = new Uri(page.Page.Url).AbsolutePath.Split('/')[^1];

        // Nothing filled in: form-js' checks, in Chinese, under each required field.
        await submit.ClickAsync();
        await task.Locator(".fjs-form-field-error").First.WaitForAsync();
        var errors = await task.Locator(".fjs-form-field-error").AllInnerTextsAsync();
        Assert.Contains(errors, e => e.Contains("此项为必填项", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Contains("required", StringComparison.OrdinalIgnoreCase));
        await page.ScreenshotAsync("start-case-register-errors");

        var form = task.Locator("[data-testid=task-form]");
        // form-js draws a select as a display box over a hidden input: the box opens the list.
        await form.Locator(".fjs-form-field-select .fjs-select-display").First.ClickAsync();
        await form.Locator(".fjs-dropdownlist-item", new() { HasText = "监督检查" }).ClickAsync();
        await form.GetByLabel("法人", new() { Exact = true }).CheckAsync();
        await form.GetByLabel("当事人姓名或名称").FillAsync("郑州某食品销售有限公司");
        await form.GetByLabel("案源情况（涉嫌违法事实）").FillAsync("日常检查发现当事人销售超过保质期的食品。");
        await form.GetByLabel("案源情况（涉嫌违法事实）").PressAsync("Tab");
        await submit.ClickAsync();
        await task.Locator(".status[data-kind=success]", new() { HasText = "任务已办结" }).WaitForAsync();
        await page.ScreenshotAsync("start-case-registered");

        using var admin = await StudioApi.SignInAsync(studio.Server.BaseAddress, "admin", "admin");
        var registered = await admin.GetAsync($"/api/user-tasks/{taskKey}");
        Assert.Equal(("COMPLETED", "zhangwei"), (registered["state"]!.GetValue<string>(), registered["assignee"]!.GetValue<string>()));
        var instance = registered["processInstanceKey"]!.GetValue<string>();
        var variables = (await admin.GetAsync($"/api/process-instances/{instance}"))["variables"]!;
        Assert.Equal("郑州某食品销售有限公司", variables["partyName"]!.GetValue<string>());
        Assert.Empty(page.Errors);
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
