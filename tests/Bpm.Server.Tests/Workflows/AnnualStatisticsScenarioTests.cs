using Bpm.Server.Tests.Infrastructure;
using Bpm.Testing;

namespace Bpm.Server.Tests.Workflows;

/// <summary>统计年报 (workflows/annual-statistics.bpmn): the yearly timer starts the report for the year just ended on
/// 1 January, it is due 31 January; the officer is reminded before, and when the due date passes the head gets an OVERDUE
/// escalation and a 督办 task; the late report is recorded as late.</summary>
public abstract class AnnualStatisticsScenarioTests(BpmServerFactory factory)
{
    private readonly ScenarioDriver driver = new(factory);

    [Fact]
    public async Task The_report_starts_on_1_January_and_escalates_to_the_head_after_31_January()
    {
        var year = (await driver.NowAsync()).ChinaDate().Year;
        var admin = await driver.AdminAsync();
        Assert.Empty(await admin.GetItemsAsync("/api/process-instances?bpmnProcessId=annual-statistics"));

        await driver.SetClockAsync(new DateTimeOffset(year + 1, 1, 1, 0, 0, 5, TestClock.China));
        var key = await ScenarioDriver.EventuallyAsync(async () =>
            (await admin.GetItemsAsync("/api/process-instances?bpmnProcessId=annual-statistics")).FirstOrDefault()?["processInstanceKey"]?.GetValue<string>(),
            "the report started by the 1 January timer");
        var compile = await driver.OpenTaskAsync(key, "compile");
        var due = new DateTimeOffset(year + 1, 1, 31, 23, 59, 59, TestClock.China);
        Assert.Equal(due, compile.DueDate());
        Assert.Equal(year, (await driver.VariablesAsync(key))["statistics"]!["year"]!.GetValue<int>());

        await driver.SetClockAsync(due.AddDays(-3).AddMinutes(1));
        await driver.WaitForCompletionOfAsync(key, "remind");
        Assert.DoesNotContain("escalate", await driver.CompletedElementsAsync(key));

        await driver.SetClockAsync(due.AddMinutes(1));
        await driver.OpenTaskAsync(key, "supervise");
        var head = await driver.AsAsync("majianguo");
        var escalation = await ScenarioDriver.EventuallyAsync(async () => (await head.GetItemsAsync("/api/escalations?reason=OVERDUE"))
            .Select(e => e!.AsObject()).FirstOrDefault(e => e["processInstanceKey"]?.ToString() == key), "the OVERDUE escalation to the head");
        Assert.Equal("compile", escalation["origin"]!["elementId"]!.GetValue<string>());

        await driver.CompleteAsync("majianguo", key, "supervise", new { supervisionNote = "立即报送统计年报" });
        await driver.CompleteAsync("zhoumin", key, "compile", new { penaltyCount = 128, licensingCount = 3400, inspectionCount = 5210, hearingCount = 12, legalReviewCount = 40, collectiveDiscussionCount = 9, reportNote = "逾期1日报送" });
        var done = await driver.WaitForStateAsync(key, "COMPLETED");
        Assert.False(done["variables"]!["submittedInTime"]!.GetValue<bool>());
    }
}
