using Bpm.Studio.Tests.Infrastructure;

namespace Bpm.Studio.Tests;

/// <summary>The designer reads a user task's candidates by their Chinese names (办理人与候选人), a directory group is known,
/// and a candidate is added by searching a name. (A role code used as a candidate group is refused by the deployment:
/// UserTaskPerformerTests; the designer's flag for it: candidate-names.test.ts.)</summary>
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
        var group = page.Page.Locator("[data-testid=candidate-groups] [data-code=zz-scjg-jicha]");
        await group.WaitForAsync();
        Assert.Equal("false", await group.GetAttributeAsync("data-unknown"));

        await page.Page.FillAsync("[data-testid=candidate-search]", "张伟");
        await page.Page.ClickAsync("[data-add-user=zhangwei]");
        await users.Locator("[data-code=zhangwei]").WaitForAsync();
        Assert.Equal("张伟（zhangwei，执法稽查处）", await users.Locator("[data-code=zhangwei]").InnerTextAsync());
        await page.ScreenshotAsync("designer-candidate-names");
        Assert.Empty(page.Errors);
    }

    private static readonly string Model = OneUserTaskModel.Xml(ProcessId, "候选人名称示例", "check", "现场检查",
        """<zeebe:assignmentDefinition candidateUsers="lina" candidateGroups="zz-scjg-jicha" />""");
}
