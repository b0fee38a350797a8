using System.Net.Http.Json;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Testing;

namespace Bpm.Server.Tests.Workflows;

/// <summary>投诉举报 (workflows/complaint.bpmn) and 执法监督 (workflows/supervision.bpmn): complaints from the simulated 12345
/// hotline and the counter, an approved extension, an overdue complaint referred to supervision that ends in a 监督决定书,
/// and a supervision opinion from the justice bureau corrected in time.</summary>
public abstract class ComplaintScenarioTests(BpmServerFactory factory)
{
    private readonly ScenarioDriver driver = new(factory);

    private static string Number(string prefix) => $"{prefix}-410100-2026-{Random.Shared.Next(100000, 999999)}";

    private async Task<string> InstanceOfAsync(string processId, string businessKey)
    {
        var admin = await driver.AdminAsync();
        return await ScenarioDriver.EventuallyAsync(async () =>
            (await admin.GetItemsAsync($"/api/process-instances?bpmnProcessId={processId}&businessKey={Uri.EscapeDataString(businessKey)}"))
                .FirstOrDefault()?["processInstanceKey"]?.GetValue<string>(), $"{processId} instance {businessKey}");
    }

    [Fact]
    public async Task A_hotline_complaint_is_handled_within_an_approved_extension_replied_and_archived()
    {
        var received = await driver.NextMorningAsync();
        var number = Number("TS");
        var response = await (await driver.AdminAsync()).PostAsJsonAsync("/api/agency-simulator/complaints",
            new { caseNumber = number, content = "执法人员检查时未出示执法证件", complainantName = "李*" });
        Assert.True(response.IsSuccessStatusCode);
        var key = await InstanceOfAsync("complaint", number);

        await driver.CompleteAsync("majianguo", key, "assign", new { handler = "zhangwei" });
        var handle = await driver.OpenTaskAsync(key, "handle");
        Assert.Equal("zhangwei", handle["assignee"]!.GetValue<string>());
        Assert.Equal(await driver.AddWorkingDaysAsync(received.ChinaDate(), 5), handle.DueDate().ChinaDate());
        await driver.CompleteAsync("zhangwei", key, "handle",
            new { handlingAction = "extend", findings = "需调取执法记录仪视频", extensionDays = 5, extensionReason = "视频调取需要时间" });
        await driver.CompleteAsync("majianguo", key, "approveExtension", new { extensionApproved = "yes", approvalNote = "同意延长5个工作日" });

        var extended = await driver.OpenTaskAsync(key, "handle");
        Assert.Equal(await driver.AddWorkingDaysAsync(received.ChinaDate(), 10), extended.DueDate().ChinaDate());
        await driver.CompleteAsync("zhangwei", key, "handle", new { handlingAction = "done", findings = "经查，执法人员已出示证件", referToSupervision = "no" });
        await driver.CompleteAsync("zhangwei", key, "reply", new { replyText = "经调查，投诉事项不属实", replyChannel = "phone" });
        await driver.CompleteAsync("zhangwei", key, "archive", new { archiveNumber = "TSDA-2026-001" });

        await driver.WaitForStateAsync(key, "COMPLETED");
        var path = await driver.CompletedElementsAsync(key);
        Assert.Contains("extend", path);
        Assert.DoesNotContain("supervise", path);
        Assert.DoesNotContain("handleEscalate", path);
    }

    [Fact]
    public async Task An_overdue_complaint_escalates_and_its_referral_ends_in_a_supervision_decision_when_the_correction_is_late()
    {
        await driver.NextMorningAsync();
        var key = await driver.StartAsync("complaint", new { }, Number("CK"));
        await driver.CompleteAsync("lina", key, "register", new { content = "罚款未出具统一票据", channel = "Visit" });
        await driver.CompleteAsync("majianguo", key, "assign", new { handler = "lina" });
        var due = (await driver.OpenTaskAsync(key, "handle")).DueDate();

        await driver.SetClockAsync(due.AddMinutes(1));
        await driver.OpenTaskAsync(key, "handleSupervise");
        Assert.Contains("handleEscalate", await driver.CompletedElementsAsync(key));
        await driver.CompleteAsync("majianguo", key, "handleSupervise", new { supervisionNote = "立即办结" });
        await driver.CompleteAsync("lina", key, "handle", new { handlingAction = "done", findings = "执法人员未出具罚款票据，属实", referToSupervision = "yes" });
        await driver.CompleteAsync("lina", key, "reply", new { replyText = "投诉属实，已移送执法监督", replyChannel = "letter" });

        var child = await driver.WaitForChildAsync(key, "supervision");
        await driver.CompleteAsync("guoxiaoyan", child, "issue",
            new { opinionNumber = "郑司监意〔2026〕1号", opinionFindings = "罚款未出具票据", requiredCorrection = "补开票据并报告", correctionDays = 10 });
        var correct = await driver.OpenTaskAsync(child, "correct");
        await driver.SetClockAsync(correct.DueDate().AddMinutes(1));
        await driver.CompleteAsync("guoxiaoyan", child, "decide",
            new { decisionKind = "correct", supervisionDecisionNumber = "郑司监决〔2026〕1号", decisionText = "逾期未整改，责令改正" });
        await driver.CompleteAsync("guoxiaoyan", child, "accountability", new { accountabilityMeasure = "retraining", accountabilityReason = "逾期未整改" });

        await driver.CompleteAsync("lina", key, "archive", new { archiveNumber = "TSDA-2026-002" });
        await driver.WaitForStateAsync(key, "COMPLETED");
        var variables = await driver.VariablesAsync(key);
        Assert.Equal("监督决定", variables["supervisionOutcome"]!.GetValue<string>());
        Assert.Equal("retraining", variables["accountabilityMeasure"]!.GetValue<string>());
        var childPath = await driver.CompletedElementsAsync(child);
        Assert.Contains("overdue", childPath);
        Assert.DoesNotContain("checkReport", childPath);
    }

    [Fact]
    public async Task A_supervision_opinion_from_the_justice_bureau_corrected_in_time_ends_with_an_accountability_measure()
    {
        var now = await driver.NextMorningAsync();
        var number = $"豫郑市监罚〔2026〕{Random.Shared.Next(100000, 999999)}号";
        var response = await (await driver.AdminAsync()).PostAsJsonAsync("/api/agency-simulator/supervision-opinions", new { caseNumber = number, deadlineDays = 10 });
        Assert.True(response.IsSuccessStatusCode);
        var key = await InstanceOfAsync("supervision", number);

        var correct = await driver.OpenTaskAsync(key, "correct");
        Assert.Equal(now.ChinaDate().AddDays(10), correct.DueDate().ChinaDate());
        await driver.CompleteAsync("zhangwei", key, "correct", new { correctionReport = "已补正调查程序", correctedOn = now.ChinaDate().ToString("yyyy-MM-dd") });
        await driver.CompleteAsync("guoxiaoyan", key, "checkReport", new { correctionAccepted = "yes", reviewNote = "整改到位" });
        await driver.CompleteAsync("guoxiaoyan", key, "accountability", new { accountabilityMeasure = "criticism", accountabilityReason = "程序瑕疵，批评教育" });

        await driver.WaitForStateAsync(key, "COMPLETED");
        Assert.Equal("按期整改", (await driver.VariablesAsync(key))["supervisionOutcome"]!.GetValue<string>());
        Assert.DoesNotContain("decide", await driver.CompletedElementsAsync(key));
    }
}
