using System.Globalization;
using Bpm.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Bpm.Studio.Tests;

/// <summary>延期 in 督办与争议: a head (杨帆) extends an overdue task timed by a statutory deadline. Beyond the deadline's declared
/// maximum the server refuses, the studio says why in Chinese (the maximum and the article) and nothing changes; within it
/// the head confirms and the task's due date moves, shown in Beijing time.</summary>
[Collection(StudioCollection.Name)]
public sealed class EscalationExtensionTests(StudioFixture studio)
{
    private const string Basis = "《中华人民共和国行政许可法》第四十二条";
    private const string Inspection = "410100-SCJGJ-ZFJCC";

    // The deadline started long ago, so the task is overdue as soon as it is created and its red deadline timer (due date
    // already past) raises the OVERDUE escalation at once: no clock to move and nothing to wait for but the engine.
    private static string Model(string id) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
            id="defs-{id}" targetNamespace="http://bpm.test">
          <bpmn:process id="{id}" name="许可决定（延期测试）" isExecutable="true">
            <bpmn:extensionElements><zeebe:properties><zeebe:property name="candidateStarterRoles" value="officer" /></zeebe:properties></bpmn:extensionElements>
            <bpmn:startEvent id="start" />
            <bpmn:serviceTask id="deadline" name="启动决定期限"><bpmn:extensionElements><zeebe:taskDefinition type="bpm:start-deadline" /><zeebe:ioMapping>
              <zeebe:input source="=&quot;decision&quot;" target="name" /><zeebe:input source="=5" target="days" />
              <zeebe:input source="=&quot;2026-09-01&quot;" target="start" /><zeebe:input source="=10" target="maxExtensionDays" />
              <zeebe:input source="=&quot;{Basis}&quot;" target="extensionBasis" />
            </zeebe:ioMapping></bpmn:extensionElements></bpmn:serviceTask>
            <bpmn:userTask id="decide" name="作出许可决定"><bpmn:extensionElements>
              <zeebe:assignmentDefinition assignee="zhangwei" />
              <zeebe:taskSchedule dueDate="=deadlines.decision.due" />
              <zeebe:taskHeaders><zeebe:header key="organisationId" value="{Inspection}" /></zeebe:taskHeaders>
            </bpmn:extensionElements></bpmn:userTask>
            <bpmn:boundaryEvent id="decideOverdue" name="决定逾期" attachedToRef="decide" cancelActivity="false">
              <bpmn:timerEventDefinition><bpmn:timeDate>=deadlines.decision.due</bpmn:timeDate></bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:endEvent id="overdueNoted" />
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="deadline" />
            <bpmn:sequenceFlow id="f2" sourceRef="deadline" targetRef="decide" />
            <bpmn:sequenceFlow id="f3" sourceRef="decide" targetRef="end" />
            <bpmn:sequenceFlow id="f4" sourceRef="decideOverdue" targetRef="overdueNoted" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [ChromiumFact]
    public async Task A_head_is_refused_an_extension_beyond_the_statutory_maximum_and_confirms_one_within_it()
    {
        var id = $"extend-{Guid.NewGuid():N}"[..20];
        using var admin = await StudioApi.SignInAsync(studio.Server.BaseAddress, "admin", "admin");
        await admin.DeployAsync($"{id}.bpmn", Model(id));
        using var officer = await StudioApi.SignInAsync(studio.Server.BaseAddress, "zhangwei");
        var instance = await officer.StartAsync(id, $"郑市监许〔2026〕{Random.Shared.Next(100, 999)}号", new { partyName = "郑州某药店" });
        var task = (await admin.OpenTaskAsync(instance, "decide"))["userTaskKey"]!.GetValue<string>();
        var escalation = await StudioApi.EventuallyAsync(async () =>
            (await admin.GetAsync($"/api/escalations?processInstanceKey={instance}&state=OPEN"))["items"]!.AsArray().FirstOrDefault()?.AsObject(),
            "the overdue escalation");
        var key = escalation["escalationKey"]!.GetValue<string>();
        var due = await DueDateAsync(admin, task);

        await using var page = await studio.NewPageAsync();
        var confirmations = new List<string>();
        page.Page.Dialog += async (_, dialog) =>
        {
            confirmations.Add(dialog.Message);
            await dialog.AcceptAsync();
        };
        await page.SignInAsync("yangfan");
        await page.Page.GotoAsync("/escalations");
        await page.Page.ClickAsync($"tr[data-escalation-key='{key}']");
        var detail = page.Page.Locator("[data-testid=escalation-detail]");
        await detail.Locator("[data-action=extend]").WaitForAsync();
        // The officer is named as people know him, the username only beside it.
        Assert.Contains("张伟", await detail.Locator("[data-testid=escalation-officer]").InnerTextAsync(), StringComparison.Ordinal);

        await detail.Locator("input[name=working-days]").FillAsync("999");
        await detail.Locator("input[name=extend-reason]").FillAsync("案情复杂，需组织专家评审");
        await detail.Locator("[data-action=extend]").ClickAsync();
        var status = detail.Locator(".status[data-kind=error]").Last;
        await status.WaitForAsync();
        var refusal = await status.InnerTextAsync();
        Assert.Contains("最多可延长 10 日", refusal, StringComparison.Ordinal);
        Assert.Contains(Basis, refusal, StringComparison.Ordinal);
        Assert.Contains("延长天数", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("days", refusal, StringComparison.Ordinal);
        await page.ScreenshotAsync("escalation-extension-refused");
        Assert.Equal(due, await DueDateAsync(admin, task));
        Assert.Equal("OPEN", (await admin.GetAsync($"/api/escalations/{key}"))["state"]!.GetValue<string>());

        await detail.Locator("input[name=working-days]").FillAsync("4");
        await detail.Locator("[data-action=extend]").ClickAsync();
        var extended = page.Page.Locator("[data-testid=escalation-detail] [data-testid=extended-until]");
        await extended.WaitForAsync();
        Assert.Equal(2, confirmations.Count);
        Assert.Contains("确认延长 4 日", confirmations[^1], StringComparison.Ordinal);
        var newDue = await DueDateAsync(admin, task);
        Assert.True(newDue > due);
        var shown = await extended.InnerTextAsync();
        Assert.Contains(ChinaTime(newDue), shown, StringComparison.Ordinal);
        Assert.Contains(ChinaTime(due), shown, StringComparison.Ordinal);
        await page.ScreenshotAsync("escalation-extension-confirmed");
        var resolved = await admin.GetAsync($"/api/escalations/{key}");
        Assert.Equal(("RESOLVED", "EXTENDED", "yangfan"),
            (resolved["state"]!.GetValue<string>(), resolved["resolution"]!.GetValue<string>(), resolved["resolvedBy"]!.GetValue<string>()));
        Assert.Contains("杨帆", await page.Page.InnerTextAsync("[data-testid=escalation-detail] [data-resolution=EXTENDED]"), StringComparison.Ordinal);
        // The only failed request is the refused extension (the browser logs every non-2xx answer).
        Assert.Equal(["Failed to load resource: the server responded with a status of 409 (Conflict)"], page.Errors);
    }

    private static async Task<DateTimeOffset> DueDateAsync(StudioApi api, string taskKey) =>
        DateTimeOffset.Parse((await api.GetAsync($"/api/user-tasks/{taskKey}"))["dueDate"]!.GetValue<string>(), CultureInfo.InvariantCulture);

    /// <summary>How the studio writes a time: Beijing time to the minute.</summary>
    private static string ChinaTime(DateTimeOffset instant) =>
        instant.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
