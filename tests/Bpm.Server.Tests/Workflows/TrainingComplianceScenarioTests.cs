using Bpm.Server.Tests.Infrastructure;
using Bpm.Testing;

namespace Bpm.Server.Tests.Workflows;

/// <summary>培训与资格 (workflows/training-compliance.bpmn) over the demo people's training records: in 2025 each officer of
/// 郑州市市场监督管理局 attended one 16-hour training, so the bureau is short and its head 马建国 gets the warning task; with
/// the thresholds lowered to what they attended the bureau passes without a warning. The yearly schedule
/// (workflows/training-compliance-schedule.bpmn) starts the check of every agency on 15 January for the year just ended.</summary>
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

    [Fact]
    public async Task Every_15_January_the_schedule_checks_each_agency_for_the_year_just_ended_and_warns_its_own_head()
    {
        var now = (await driver.NowAsync()).ToOffset(TestClock.China);
        var first = new DateTimeOffset(now.Year, 1, 15, 9, 0, 0, TestClock.China);
        if (now >= first) first = first.AddYears(1);
        var admin = await driver.AdminAsync();
        Assert.Empty(await admin.GetItemsAsync("/api/process-instances?bpmnProcessId=training-compliance-schedule"));

        await driver.SetClockAsync(first.AddSeconds(5));
        var schedule = await ScheduleOfAsync(first.Year - 1);
        // Every department is checked: the five enforcement bureaus and the three agencies that send messages to BPM (the
        // disclosure platform, the city police and the 12345 hotline), which have no officers of the demo and so no gap.
        var checks = await ChecksCalledByAsync(schedule, Agencies);
        Assert.Equal(["410000-GSPT", "410100-12345", "410100-GAJ", "410100-SCJGJ", "410100-SFJ", "410102-SCJGJ", "410105-SCJGJ", "410122-SFJ"],
            checks.Keys.Order());

        // Each bureau's officers had 8 hours of training in that year (demo records): its own heads get the warning.
        foreach (var (agency, head, heads) in new[]
                 {
                     ("410100-SCJGJ", "majianguo", new[] { "liuzhiqiang", "majianguo", "zhaohong" }),
                     ("410105-SCJGJ", "huangzhigang", new[] { "huangzhigang" }),
                 })
        {
            var warning = await driver.OpenTaskAsync(checks[agency], "warn");
            Assert.Equal(heads, warning["candidateUsers"]!.AsArray().Select(u => u!.GetValue<string>()).Order());
            Assert.Empty(warning["candidateGroups"]!.AsArray());
            await driver.CompleteAsync(head, checks[agency], "warn", new { rectificationMeasures = "组织执法人员参加集中培训，补足学时" });
        }
        var done = await driver.WaitForStateAsync(schedule, "COMPLETED");
        var results = done["variables"]!["results"]!.AsArray().ToDictionary(r => r!["organisationId"]!.GetValue<string>(), r => r!["compliant"]!.GetValue<bool>());
        Assert.Equal(new Dictionary<string, bool>
        {
            ["410100-SCJGJ"] = false, ["410100-SFJ"] = true, ["410102-SCJGJ"] = true, ["410105-SCJGJ"] = false, ["410122-SFJ"] = true,
            ["410000-GSPT"] = true, ["410100-12345"] = true, ["410100-GAJ"] = true,
        }, results);

        // A year later the timer fires again, for the next year.
        await driver.SetClockAsync(first.AddYears(1).AddSeconds(5));
        var next = await ScheduleOfAsync(first.Year);
        Assert.Equal(Agencies, (await ChecksCalledByAsync(next, Agencies)).Count);
    }

    /// <summary>Departments of the demo organisation tree.</summary>
    private const int Agencies = 8;

    private async Task<string> ScheduleOfAsync(int checkYear)
    {
        var admin = await driver.AdminAsync();
        return await ScenarioDriver.EventuallyAsync(async () =>
        {
            foreach (var item in await admin.GetItemsAsync("/api/process-instances?bpmnProcessId=training-compliance-schedule&pageSize=100"))
            {
                var key = item!["processInstanceKey"].Key();
                if ((await driver.VariablesAsync(key))["checkYear"]?.GetValue<int>() == checkYear) return key;
            }
            return null;
        }, $"the schedule started by the timer for {checkYear}");
    }

    /// <summary>The training-compliance instances the schedule called, by agency, once all <paramref name="count"/> exist.</summary>
    private async Task<Dictionary<string, string>> ChecksCalledByAsync(string scheduleKey, int count)
    {
        var admin = await driver.AdminAsync();
        return await ScenarioDriver.EventuallyAsync(async () =>
        {
            var found = new Dictionary<string, string>();
            foreach (var item in await admin.GetItemsAsync("/api/process-instances?bpmnProcessId=training-compliance&pageSize=100"))
            {
                var key = item!["processInstanceKey"].Key();
                var instance = await driver.InstanceAsync(key);
                if (instance["parentProcessInstanceKey"]?.GetValue<string>() == scheduleKey)
                    found[instance["variables"]!["organisationId"]!.GetValue<string>()] = key;
            }
            return found.Count == count ? found : null;
        }, $"{count} checks called by {scheduleKey}");
    }
}
