using System.Net;
using System.Net.Http.Json;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Server.Tests.Workflows.License;
using Bpm.Testing;

namespace Bpm.Server.Tests.Workflows;

/// <summary>A task a statutory period closed (an interrupting timer whose property <c>closingRule</c> names the rule)
/// answers a late completion with that rule, its article and when it closed (Beijing time), not with a bare "no longer
/// open" (issue 14). The 集体讨论 round is covered in <c>CollectiveDiscussionRulesTests</c>.</summary>
public abstract class RuleClosedTaskScenarioTests(BpmServerFactory factory)
{
    private readonly ScenarioDriver driver = new(factory);

    private static async Task AnsweredWithRuleAsync(HttpResponseMessage late, string rule, string law, DateTimeOffset closedAt, string because)
    {
        var problem = await late.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal((rule, law), (problem["rule"]?.GetValue<string>(), problem["law"]?.GetValue<string>()));
        var detail = problem["detail"]!.GetValue<string>();
        Assert.Contains($"已于 {closedAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}（北京时间）因「{because}」关闭，不能再办理", detail);
        Assert.Contains(law, detail);
    }

    private async Task<HttpResponseMessage> CompleteClosedAsync(string username, string taskKey, object variables) =>
        await (await driver.AsAsync(username)).PostAsJsonAsync($"/api/user-tasks/{taskKey}/completion", new { variables });

    [Fact]
    public async Task An_acceptance_review_answered_after_its_five_working_days_is_refused_with_the_deemed_acceptance_rule()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var key = await new LicenceCaseSteps(driver).ApplyAsync(today);
        var review = await driver.OpenTaskAsync(key, "acceptReview");
        var taskKey = review["userTaskKey"].Key();
        var claim = await (await driver.AsAsync(LicenceCaseSteps.Officer)).PostAsync($"/api/user-tasks/{taskKey}/claim", null);
        Assert.Equal(HttpStatusCode.NoContent, claim.StatusCode);

        await driver.SetClockAsync(review.DueDate().AddMinutes(1));
        await driver.OpenTaskAsync(key, "examine"); // 视为受理
        var late = await CompleteClosedAsync(LicenceCaseSteps.Officer, taskKey, new { acceptanceDecision = "reject", rejectionReason = "申请事项不属于本机关职权范围" });
        await AnsweredWithRuleAsync(late, "license-acceptance-period", "《中华人民共和国行政许可法》第三十二条第一款第四项", review.DueDate(), "逾期未告知补正（视为受理）");
        Assert.True((await driver.VariablesAsync(key))["deemedAccepted"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_correction_reported_after_the_supervision_deadline_is_refused_with_the_correction_period_rule()
    {
        var now = await driver.NextMorningAsync();
        var number = $"豫郑市监罚〔2026〕{Random.Shared.Next(100000, 999999)}号";
        var opened = await (await driver.AdminAsync()).PostAsJsonAsync("/api/agency-simulator/supervision-opinions", new { caseNumber = number, deadlineDays = 10 });
        Assert.True(opened.IsSuccessStatusCode);
        var key = await ScenarioDriver.EventuallyAsync(async () =>
            (await (await driver.AdminAsync()).GetItemsAsync($"/api/process-instances?bpmnProcessId=supervision&businessKey={Uri.EscapeDataString(number)}"))
                .FirstOrDefault()?["processInstanceKey"]?.GetValue<string>(), "the supervision case");
        var correct = await driver.OpenTaskAsync(key, "correct");
        var taskKey = correct["userTaskKey"].Key();
        Assert.Equal(HttpStatusCode.NoContent, (await (await driver.AsAsync("zhangwei")).PostAsync($"/api/user-tasks/{taskKey}/claim", null)).StatusCode);

        await driver.SetClockAsync(correct.DueDate().AddMinutes(1));
        await driver.OpenTaskAsync(key, "decide"); // 逾期未整改 → 监督决定书
        var late = await CompleteClosedAsync("zhangwei", taskKey, new { correctionReport = "已补正调查程序", correctedOn = now.ChinaDate().ToString("yyyy-MM-dd") });
        await AnsweredWithRuleAsync(late, "supervision-correction-period", "《河南省行政执法条例》第四十三条", correct.DueDate(), "整改期限届满");
    }
}
