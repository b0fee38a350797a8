using Bpm.Studio.Tests.Infrastructure;

namespace Bpm.Studio.Tests;

[Collection(StudioCollection.Name)]
public sealed class PublicDisclosurePageTests(StudioFixture studio)
{
    [ChromiumFact]
    public async Task The_public_page_lists_a_published_decision_without_sign_in_and_hides_a_withdrawn_one()
    {
        using var admin = await StudioApi.SignInAsync(studio.Server.BaseAddress, "admin", "admin");
        using var officer = await StudioApi.SignInAsync(studio.Server.BaseAddress, "zhangwei");
        var published = await PublishAsync(admin, officer, "公示页〔2026〕1号", "赵大勇");
        var withdrawn = await PublishAsync(admin, officer, "公示页〔2026〕2号", "钱二宝");
        using var agency = await StudioApi.SignInClientAsync(studio.Server.BaseAddress, "payment-platform");
        await agency.PostAsync("/api/messages/publication", new
        {
            name = "disclosure.decision-revoked", correlationKey = withdrawn,
            variables = new { withdrawReason = "Revoked", groundsDocumentNumber = "郑政复决字〔2026〕9号" },
        });
        await admin.OpenTaskAsync(await InstanceOfAsync(admin, withdrawn), "withdraw");

        await using var page = await studio.NewPageAsync();
        await page.Page.GotoAsync("/public");
        await page.Page.FillAsync("input[name=q]", "公示页");
        await page.Page.ClickAsync("button[type=submit]");
        await page.Page.WaitForSelectorAsync($"article[data-entry-id='GS-{published}']");

        var text = await page.Page.InnerTextAsync("[data-testid=disclosures]");
        Assert.Contains($"{published}决", text);
        Assert.Contains("赵*", text);
        Assert.DoesNotContain("赵大勇", text);
        Assert.Equal(0, await page.Page.Locator($"article[data-entry-id='GS-{withdrawn}']").CountAsync());
        Assert.DoesNotContain(withdrawn, text);
        Assert.EndsWith("/public", page.Page.Url);
        await page.ScreenshotAsync("public-disclosures");
        Assert.Empty(page.Errors);
    }

    private static async Task<string> PublishAsync(StudioApi admin, StudioApi officer, string caseNumber, string partyName)
    {
        var instance = await admin.StartAsync("disclosure", caseNumber, WorkPageCases.Disclosure(caseNumber, WorkPageCases.TodayInChina, partyName));
        var taskKey = (await admin.OpenTaskAsync(instance, "prepare"))["userTaskKey"]!.GetValue<string>();
        await officer.PostAsync($"/api/user-tasks/{taskKey}/claim");
        await officer.PostAsync($"/api/user-tasks/{taskKey}/completion",
            new { variables = WorkPageCases.PrepareForm(caseNumber, WorkPageCases.TodayInChina, partyName) });
        await StudioApi.EventuallyAsync(async () =>
            (await admin.GetAsync($"/api/process-instances/{instance}"))["variables"]!["publishedAt"] is { } at ? at : null, $"{caseNumber} published");
        return caseNumber;
    }

    private static async Task<string> InstanceOfAsync(StudioApi admin, string businessKey) =>
        (await admin.GetAsync($"/api/process-instances?bpmnProcessId=disclosure&businessKey={Uri.EscapeDataString(businessKey)}"))["items"]!
            .AsArray().Single()!["processInstanceKey"]!.GetValue<string>();
}
