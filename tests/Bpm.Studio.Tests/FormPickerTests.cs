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

    private static readonly string Model = OneUserTaskModel.Xml(ProcessId, "表单选择示例", "fill", "填写登记表", """
        <zeebe:assignmentDefinition candidateGroups="review-team" />
        <zeebe:formDefinition formId="penalty-register" />
        """);
}
