using System.Text;
using Bpm.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Bpm.Studio.Tests;

/// <summary>Issue 15: the officer works a task with its case beside it, hands it on with the user picker (a target outside
/// the unit refused), the delegate is told by the bell and fills the form, and the owner finds what was typed.</summary>
[Collection(StudioCollection.Name)]
public sealed class CaseContextTests(StudioFixture studio)
{
    [ChromiumFact]
    public async Task An_officer_sees_the_case_downloads_evidence_comments_and_hands_the_task_on_through_the_picker()
    {
        using var admin = await StudioApi.SignInAsync(studio.Server.BaseAddress, "admin", "admin");
        var caseNumber = $"郑市监罚〔2026〕{Random.Shared.Next(7000, 7999)}号";
        var instance = await admin.StartAsync("disclosure", caseNumber, WorkPageCases.Disclosure(caseNumber, WorkPageCases.TodayInChina, partyName: "郑州某餐饮管理有限公司", partyKind: "LegalPerson"));
        var taskKey = (await admin.OpenTaskAsync(instance, "prepare"))["userTaskKey"]!.GetValue<string>();

        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("zhangwei");
        await page.Page.SelectOptionAsync("select[name=scope]", "groups");
        await page.Page.FillAsync("input[name=case]", instance);
        await page.Page.PressAsync("input[name=case]", "Enter");
        var row = page.Page.Locator($"tr[data-task-key='{taskKey}']");
        Assert.Equal($"{caseNumber} · 郑州某餐饮管理有限公司", await row.Locator("[data-field=case]").InnerTextAsync());
        await row.ClickAsync();
        await page.Page.ClickAsync("[data-action=claim]");
        await page.Page.WaitForSelectorAsync("[data-action=submit-task]:not([disabled])");

        // The case beside the task: number, party, stage by name, and the timeline in Chinese with element names.
        var facts = page.Page.Locator("[data-testid=case-facts]");
        Assert.Equal(caseNumber, await facts.Locator("[data-field=case-number]").InnerTextAsync());
        Assert.Equal("郑州某餐饮管理有限公司", await facts.Locator("[data-field=party]").InnerTextAsync());
        Assert.Contains("整理公示信息", await facts.Locator("[data-field=stage]").InnerTextAsync());
        // Who acted, by name (the username only as secondary text).
        await page.Page.WaitForSelectorAsync("[data-testid=task-detail] .work-side li >> text=签收 · 张伟");
        var history = await page.Page.InnerTextAsync("[data-testid=task-detail] .work-side");
        Assert.Contains("zhangwei", history);
        Assert.DoesNotContain("CLAIMED", history);
        // One 提交: the form's own submit button is not drawn beside the page's.
        Assert.Equal(0, await page.Page.Locator("[data-testid=task-form] .fjs-button").CountAsync());

        // Characters typed right after Tab reach the next field.
        var party = page.Page.Locator("[data-testid=task-form]").GetByLabel("当事人名称（自然人发布时仅显示姓氏）");
        await party.ClickAsync();
        await page.Page.Keyboard.PressAsync("Control+A");
        await page.Page.Keyboard.TypeAsync("郑州某餐饮管理有限公司");
        await page.Page.Keyboard.PressAsync("Tab");
        await page.Page.Keyboard.TypeAsync("91410100MA44XY1234");
        await page.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("91410100MA44XY1234", await page.Page.Locator("[data-testid=task-form]").GetByLabel("统一社会信用代码").InputValueAsync());

        // Evidence uploaded is downloadable by its name with the same bytes.
        var evidence = Encoding.UTF8.GetBytes("现场检查笔录：营业执照已核对。");
        await page.Page.SetInputFilesAsync("input[name=evidence]", new FilePayload { Name = "检查笔录.txt", MimeType = "text/plain", Buffer = evidence });
        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.Page.ClickAsync("[data-action=download-attachment]"));
        Assert.Equal("检查笔录.txt", download.SuggestedFilename);
        Assert.Equal(evidence, await File.ReadAllBytesAsync(await download.PathAsync()));

        // A comment on the case, with who and when.
        await page.Page.FillAsync("textarea[name=case-comment]", "当事人已提交营业执照复印件");
        await page.Page.ClickAsync("[data-action=add-case-comment]");
        await page.Page.WaitForSelectorAsync("[data-testid=case-comments] >> text=当事人已提交营业执照复印件");
        await page.Page.WaitForSelectorAsync("[data-testid=case-comments] [data-username=zhangwei] >> text=张伟");
        await page.ScreenshotAsync("task-case-context");

        // A person outside the task's unit is found by the picker but refused by the server; nothing changes.
        await page.Page.FillAsync("input[name=delegate-to]", "王强");
        await page.Page.ClickAsync("[data-testid=delegate-to-choices] [data-username=wangqiang]");
        await page.Page.ClickAsync("[data-action=delegate]");
        await page.Page.WaitForSelectorAsync("[data-testid=task-detail] .status[data-kind=error]");
        await page.ScreenshotAsync("task-delegate-refused");
        Assert.Equal("zhangwei", (await admin.GetAsync($"/api/user-tasks/{taskKey}"))["assignee"]!.GetValue<string>());

        // A colleague of the unit is picked and receives it.
        await page.Page.FillAsync("input[name=delegate-to]", "李娜");
        await page.Page.ClickAsync("[data-testid=delegate-to-choices] [data-username=lina]");
        await page.Page.ClickAsync("[data-action=delegate]");
        await page.Page.WaitForSelectorAsync("text=已委托给 李娜");
        await page.Page.WaitForSelectorAsync("[data-testid=task-assignee] >> text=李娜");
        Assert.Equal("lina", (await admin.GetAsync($"/api/user-tasks/{taskKey}"))["assignee"]!.GetValue<string>());

        // The delegate's bell leads to the task; she fills the form and hands it back with what she typed.
        await using var delegatePage = await studio.NewPageAsync();
        await delegatePage.SignInAsync("lina");
        await delegatePage.Page.WaitForSelectorAsync("[data-testid=bell-count]:not([hidden])");
        await delegatePage.Page.ClickAsync("[data-action=notifications]");
        await delegatePage.ScreenshotAsync("notification-bell");
        await delegatePage.Page.ClickAsync($"[data-task-key='{taskKey}'][data-kind=DELEGATED] [data-action=open-notification]");
        await delegatePage.Page.WaitForSelectorAsync("[data-testid=delegate-hint]");
        Assert.EndsWith($"/inbox/{taskKey}", delegatePage.Page.Url, StringComparison.Ordinal);
        var summary = delegatePage.Page.Locator("[data-testid=task-form]").GetByLabel("决定内容摘要（已脱敏）");
        await summary.FillAsync("销售超过保质期的食品，罚款人民币伍仟元（已复核）。");
        await delegatePage.Page.ClickAsync("[data-action=submit-task]");
        await StudioApi.EventuallyAsync(async () => (await admin.GetAsync($"/api/user-tasks/{taskKey}"))["assignee"]?.GetValue<string>() == "zhangwei" ? "returned" : null,
            "the delegate's 办结委托 returning the task to zhangwei");

        // The owner finds the delegate's text in the form, and can give the task back to the group (退回).
        await page.Page.GotoAsync($"/inbox/{taskKey}");
        await page.Page.WaitForSelectorAsync("[data-action=submit-task]:not([disabled])");
        Assert.Equal("销售超过保质期的食品，罚款人民币伍仟元（已复核）。",
            await page.Page.Locator("[data-testid=task-form]").GetByLabel("决定内容摘要（已脱敏）").InputValueAsync());
        await page.Page.ClickAsync("[data-action=unclaim]");
        await page.Page.WaitForSelectorAsync("[data-action=claim]");
        Assert.Null((await admin.GetAsync($"/api/user-tasks/{taskKey}"))["assignee"]);
        // The only failed request is the refused delegation to 王强 (the browser logs every non-2xx answer).
        Assert.Equal(["Failed to load resource: the server responded with a status of 409 (Conflict)"], page.Errors);
        Assert.Empty(delegatePage.Errors);
    }
}
