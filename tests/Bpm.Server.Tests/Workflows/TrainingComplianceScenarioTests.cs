using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Workflows;

/// <summary>培训与资格 (workflows/training-compliance.bpmn) over the demo people's training records: in 2025 each officer of
/// 郑州市市场监督管理局 attended one 16-hour training, so the bureau is short and its head 马建国 gets the warning task; with
/// the thresholds lowered to what they attended the bureau passes without a warning.</summary>
public abstract class TrainingComplianceScenarioTests(BpmServerFactory factory)
{
    private readonly ScenarioDriver driver = new(factory);

    private static string Key() => $"PXJC-{Random.Shared.Next(100000, 999999)}";

    [Fact]
    public async Task An_agency_short_of_hours_gets_a_warning_task_for_its_head()
    {
        await driver.NextMorningAsync();
        var key = await driver.StartAsync("training-compliance", new { organisationId = "410100-SCJGJ", checkYear = 2025 }, Key());

        var warning = await driver.OpenTaskAsync(key, "warn");
        Assert.Contains("zz-scjg-leaders", warning["candidateGroups"]!.AsArray().Select(g => g!.GetValue<string>()));
        var variables = await driver.VariablesAsync(key);
        Assert.False(variables["compliant"]!.GetValue<bool>());
        Assert.Equal(["chenjing", "lina", "zhangwei"], variables["shortfalls"]!.AsArray().Select(s => s!["officer"]!.GetValue<string>()));
        Assert.All(variables["shortfalls"]!.AsArray(), s => Assert.Equal(16m, s!["hours"]!.GetValue<decimal>()));

        await driver.CompleteAsync("majianguo", key, "warn", new { rectificationMeasures = "组织执法人员参加第二季度集中培训，补足学时" });
        await driver.WaitForStateAsync(key, "COMPLETED");
    }

    [Fact]
    public async Task An_agency_meeting_the_thresholds_ends_without_a_warning()
    {
        await driver.NextMorningAsync();
        var key = await driver.StartAsync("training-compliance",
            new { organisationId = "410100-SCJGJ", checkYear = 2025, minimumSessions = 1, minimumHours = 16 }, Key());

        var done = await driver.WaitForStateAsync(key, "COMPLETED");
        Assert.True(done["variables"]!["compliant"]!.GetValue<bool>());
        Assert.DoesNotContain("warn", await driver.CompletedElementsAsync(key));
    }
}
