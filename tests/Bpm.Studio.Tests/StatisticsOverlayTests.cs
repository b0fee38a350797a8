using Bpm.Studio.Tests.Infrastructure;

namespace Bpm.Studio.Tests;

[Collection(StudioCollection.Name)]
public sealed class StatisticsOverlayTests(StudioFixture studio)
{
    /// <summary>Without diagram interchange (the studio lays it out). start → route: "a" waits at review, "b" at approve, "c" reaches check, whose only flow needs amount &gt; 10.</summary>
    private static string RoutedProcess(string id) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs_{id}" targetNamespace="http://bpm.test">
          <bpmn:process id="{id}" name="统计演示" isExecutable="true">
            <bpmn:startEvent id="start" name="开始"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="route" />
            <bpmn:exclusiveGateway id="route"><bpmn:incoming>f0</bpmn:incoming><bpmn:outgoing>toReview</bpmn:outgoing><bpmn:outgoing>toApprove</bpmn:outgoing><bpmn:outgoing>toCheck</bpmn:outgoing></bpmn:exclusiveGateway>
            <bpmn:sequenceFlow id="toReview" sourceRef="route" targetRef="review">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=path = "a"</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="toApprove" sourceRef="route" targetRef="approve">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=path = "b"</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="toCheck" sourceRef="route" targetRef="check">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=path = "c"</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:userTask id="review" name="审查"><bpmn:extensionElements><zeebe:assignmentDefinition candidateUsers="admin" /></bpmn:extensionElements><bpmn:incoming>toReview</bpmn:incoming><bpmn:outgoing>reviewed</bpmn:outgoing></bpmn:userTask>
            <bpmn:userTask id="approve" name="审批"><bpmn:extensionElements><zeebe:assignmentDefinition candidateUsers="admin" /></bpmn:extensionElements><bpmn:incoming>toApprove</bpmn:incoming><bpmn:outgoing>approved</bpmn:outgoing></bpmn:userTask>
            <bpmn:exclusiveGateway id="check"><bpmn:incoming>toCheck</bpmn:incoming><bpmn:outgoing>checked</bpmn:outgoing></bpmn:exclusiveGateway>
            <bpmn:sequenceFlow id="reviewed" sourceRef="review" targetRef="end" />
            <bpmn:sequenceFlow id="approved" sourceRef="approve" targetRef="end" />
            <bpmn:sequenceFlow id="checked" sourceRef="check" targetRef="end">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=amount &gt; 10</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:endEvent id="end" name="结束"><bpmn:incoming>reviewed</bpmn:incoming><bpmn:incoming>approved</bpmn:incoming><bpmn:incoming>checked</bpmn:incoming></bpmn:endEvent>
          </bpmn:process>
        </bpmn:definitions>
        """;

    [ChromiumFact]
    public async Task The_statistics_overlay_shows_waiting_incident_and_completed_counts_at_their_elements()
    {
        const string id = "statistics-demo";
        using var admin = await StudioApi.SignInAsync(studio.Server.BaseAddress, "admin", "admin");
        await admin.DeployAsync($"{id}.bpmn", RoutedProcess(id));
        var atReview = new List<string>();
        for (var i = 0; i < 3; i++) atReview.Add(await admin.StartAsync(id, $"统计-审查-{i}", new { path = "a" }));
        for (var i = 0; i < 2; i++) await admin.StartAsync(id, $"统计-审批-{i}", new { path = "b" });
        await admin.StartAsync(id, "统计-故障", new { path = "c", amount = 5 });
        var task = await admin.OpenTaskAsync(atReview[0], "review");
        await admin.PostAsync($"/api/user-tasks/{task["userTaskKey"]!.GetValue<string>()}/completion");

        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("admin", "admin");
        await page.Page.GotoAsync("/operations");
        await page.Page.ClickAsync("[data-action=open-statistics]");
        await page.Page.SelectOptionAsync("select[name=statisticsProcess]", id);
        await page.Page.WaitForSelectorAsync($"[data-testid=statistics-diagram][data-loaded-for='{id}']");

        Assert.Equal("2", await BadgeAsync(page, "review", "active"));
        Assert.Equal("1", await BadgeAsync(page, "review", "completed"));
        Assert.Equal("2", await BadgeAsync(page, "approve", "active"));
        Assert.Equal("1", await BadgeAsync(page, "check", "incidents"));
        Assert.Equal("6", await BadgeAsync(page, "start", "completed"));
        Assert.Equal("1", await BadgeAsync(page, "end", "completed"));
        Assert.Equal(0, await page.Page.Locator("[data-stat-for='approve'][data-stat-kind='completed'], [data-stat-for='check'][data-stat-kind='active']").CountAsync());
        Assert.Equal(1, await page.Page.Locator(StudioPage.ElementSelector("review") + ".op-active").CountAsync());
        Assert.Equal(1, await page.Page.Locator(StudioPage.ElementSelector("check") + ".op-incident").CountAsync());
        Assert.Equal("等待中 4 · 故障 1", await page.Page.InnerTextAsync("[data-testid=statistics-totals]"));
        Assert.Contains($"/operations/statistics?process={id}", page.Page.Url);
        await page.ScreenshotAsync("operations-statistics");
        Assert.Empty(page.Errors);
    }

    private static Task<string> BadgeAsync(StudioPage page, string elementId, string kind) =>
        page.Page.InnerTextAsync($".djs-overlays[data-container-id='{elementId}'] [data-stat-for='{elementId}'][data-stat-kind='{kind}']");
}
