using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Server.Tests.Workflows.License;
using Bpm.Server.Tests.Workflows.Penalty;
using Bpm.Server.Tests.Workflows.Summary;
using Bpm.Testing;

namespace Bpm.Server.Tests.Workflows;

/// <summary>统计年报 (workflows/annual-statistics.bpmn) prefilled: the penalties decided in the year by the unit's cases
/// are counted into the report form before it opens (by procedure, fines, deviations from the discretion benchmark), kept
/// as <c>systemFigures</c>; the supervisor may change a figure, and the change is recorded with who made it.</summary>
public abstract class AnnualStatisticsFiguresScenarioTests(BpmServerFactory factory)
{
    private const string Supervisor = "zhoumin";
    private readonly ScenarioDriver driver = new(factory);

    [Fact]
    public async Task The_report_opens_with_the_years_decided_penalties_and_records_a_changed_figure()
    {
        var year = (await driver.StartMorningAsync()).ChinaDate().Year;
        var cases = new DecidedSummaryCases(driver);
        await cases.DecidedAsync("price-unmarked", "轻微", organisation: true, "Fine", 1000);
        await cases.DecidedAsync("price-unmarked", "轻微", organisation: true, "Fine", 2500, "当事人拒不改正且多次被投诉，按幅度以上处罚");
        await cases.DecidedAsync("price-unmarked", "一般", organisation: false, "Warning", null);
        await cases.InformedAsync();

        var key = await driver.StartAsync("annual-statistics", new { reportYear = year }, $"年报-{Guid.NewGuid():N}"[..16]);
        var task = await driver.OpenTaskAsync(key, "compile");
        var admin = await driver.AdminAsync();
        var values = (await admin.GetObjectAsync($"/api/user-tasks/{task["userTaskKey"]}/form"))["values"]!.AsObject();
        //                    penalties general summary fines  deviations reasoned
        Assert.Equal<decimal>([3, 0, 3, 3500, 1, 1], Figures(values));
        var system = (await driver.VariablesAsync(key))["systemFigures"]!.AsObject();
        Assert.Equal<decimal>([3, 0, 3, 3500, 1, 1], Figures(system));
        Assert.Equal(year, system["year"]!.GetValue<int>());

        var statistics = await admin.GetObjectAsync($"/api/statistics/discretion?from={year}-01-01&to={year}-12-31&unit=410100-SCJGJ");
        Assert.Equal(3, statistics["total"]!["decisions"]!.GetValue<int>());

        var report = new JsonObject
        {
            ["penaltyCount"] = 4, ["generalProcedureCount"] = 1, ["summaryProcedureCount"] = 3, ["fineTotal"] = 3500, ["benchmarkDeviationCount"] = 1,
            ["deviationReasonedCount"] = 1, ["reportNote"] = "另有一件一般程序案件已于年末作出决定，系统尚未统计",
        };
        foreach (var field in Bpm.Server.Discretion.Annual.AnnualCaseFigures.FormFields) report[field] = values[field]!.DeepClone(); // as prefilled
        await driver.CompleteAsync(Supervisor, key, "compile", report);
        var done = await driver.WaitForStateAsync(key, "COMPLETED");
        var changes = done["variables"]!["figureChanges"]!.AsArray().Select(c => c!.AsObject()).ToList();
        Assert.Equal(["penaltyCount", "generalProcedureCount"], changes.Select(c => c["field"]!.GetValue<string>()));
        Assert.Equal((3m, 4m, Supervisor), (changes[0]["systemValue"]!.GetValue<decimal>(), changes[0]["reportedValue"]!.GetValue<decimal>(),
            changes[0]["by"]!.GetValue<string>()));
        Assert.Equal((0m, 1m, Supervisor), (changes[1]["systemValue"]!.GetValue<decimal>(), changes[1]["reportedValue"]!.GetValue<decimal>(),
            changes[1]["by"]!.GetValue<string>()));
    }

    /// <summary>Issue 17: the other figures prefilled from the year's stored cases of the unit (with the units below it): a
    /// licence decided after a site inspection, a major penalty case investigated, heard, legally reviewed and discussed by
    /// the heads; a legal review of another unit and a licence and a legal review of the next year are not counted.</summary>
    [Fact]
    public async Task The_report_opens_with_the_years_licences_inspections_hearings_legal_reviews_and_collective_discussions()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var year = today.Year;
        var licences = new LicenceCaseSteps(driver);
        var licence = await licences.ApplyAsync(today);
        await licences.AcceptanceAsync(licence, "accept");
        await licences.ExamineAsync(licence, inspection: true);
        await licences.InspectAsync(licence, today);
        await licences.DecideAsync(licence, today);

        var penalty = new PenaltyCaseSteps(driver);
        var major = await penalty.MajorCaseReviewedAsync(); // 调查取证 and 法制审核
        await penalty.NotifyAsync(major, hearingRequested: true, today);
        var heldOn = await driver.AddWorkingDaysAsync(today, 7);
        await driver.SetClockAsync(new DateTimeOffset(heldOn.ToDateTime(new TimeOnly(10, 0)), TestClock.China));
        await driver.CompleteAsync(PenaltyCaseSteps.HearingHost, major, "hearing", PenaltyCaseSteps.HearingHeld(today, heldOn));
        await penalty.HeadReviewAsync(major);
        await new CollectiveDiscussionSteps(driver).HoldAsync(major);
        await LegalReviewAsync("410105-SCJGJ"); // 金水区: not below 410100-SCJGJ

        await driver.SetClockAsync(new DateTimeOffset(year + 1, 1, 5, 10, 0, 0, TestClock.China));
        var nextYear = await licences.ApplyAsync(new DateOnly(year + 1, 1, 5));
        await licences.AcceptanceAsync(nextYear, "accept");
        await licences.ExamineAsync(nextYear);
        await licences.DecideAsync(nextYear, new DateOnly(year + 1, 1, 5));
        await LegalReviewAsync(PenaltyCaseSteps.InspectionUnit);

        var key = await driver.StartAsync("annual-statistics", new { reportYear = year }, $"年报-{Guid.NewGuid():N}"[..16]);
        var task = await driver.OpenTaskAsync(key, "compile");
        var values = (await (await driver.AdminAsync()).GetObjectAsync($"/api/user-tasks/{task["userTaskKey"]}/form"))["values"]!.AsObject();
        //                    licences inspections hearings reviews discussions
        Assert.Equal<decimal>([1, 2, 1, 1, 1], CaseFigures(values));
        Assert.Equal<decimal>([1, 2, 1, 1, 1], CaseFigures((await driver.VariablesAsync(key))["systemCaseFigures"]!.AsObject()));

        await driver.CompleteAsync(Supervisor, key, "compile", new
        {
            penaltyCount = 0, generalProcedureCount = 0, summaryProcedureCount = 0, fineTotal = 0, benchmarkDeviationCount = 0, deviationReasonedCount = 0,
            licensingCount = 1, inspectionCount = 5, hearingCount = 1, legalReviewCount = 1, collectiveDiscussionCount = 1,
            reportNote = "另有三次日常监督检查未在系统中办理",
        });
        var done = await driver.WaitForStateAsync(key, "COMPLETED");
        var change = Assert.Single(done["variables"]!["figureChanges"]!.AsArray().Select(c => c!.AsObject()),
            c => c["field"]!.GetValue<string>() == "inspectionCount");
        Assert.Equal((2m, 5m, Supervisor), (change["systemValue"]!.GetValue<decimal>(), change["reportedValue"]!.GetValue<decimal>(), change["by"]!.GetValue<string>()));
        Assert.DoesNotContain(done["variables"]!["figureChanges"]!.AsArray(), c => c!["field"]!.GetValue<string>() is "licensingCount" or "hearingCount");
    }

    /// <summary>A legal review of <paramref name="unit"/> started on its own and agreed at once.</summary>
    private async Task LegalReviewAsync(string unit)
    {
        var number = $"豫郑市监罚〔2026〕{Random.Shared.Next(100000, 999999)}号";
        var review = await driver.StartAsync("legal-review", new { caseNumber = number, organisationId = unit }, number);
        await driver.CompleteAsync(PenaltyCaseSteps.Reviewer, review, "review", new { reviewConclusion = "agree", reviewOpinion = "同意" });
        await driver.WaitForStateAsync(review, "COMPLETED");
    }

    private static decimal[] CaseFigures(JsonObject figures) =>
        Bpm.Server.Discretion.Annual.AnnualCaseFigures.FormFields.Select(f => figures[f]!.GetValue<decimal>()).ToArray();

    private static decimal[] Figures(JsonObject figures) =>
        Bpm.Server.Discretion.Annual.AnnualPenaltyFigures.FormFields.Select(f => figures[f]!.GetValue<decimal>()).ToArray();
}
