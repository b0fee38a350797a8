using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Server.Tests.Workflows.License;
using Bpm.Server.Tests.Workflows.Summary;

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

        await driver.CompleteAsync(Supervisor, key, "compile", new
        {
            penaltyCount = 4, generalProcedureCount = 1, summaryProcedureCount = 3, fineTotal = 3500, benchmarkDeviationCount = 1,
            deviationReasonedCount = 1, licensingCount = 12, inspectionCount = 40, reportNote = "另有一件一般程序案件已于年末作出决定，系统尚未统计",
        });
        var done = await driver.WaitForStateAsync(key, "COMPLETED");
        var changes = done["variables"]!["figureChanges"]!.AsArray().Select(c => c!.AsObject()).ToList();
        Assert.Equal(["penaltyCount", "generalProcedureCount"], changes.Select(c => c["field"]!.GetValue<string>()));
        Assert.Equal((3m, 4m, Supervisor), (changes[0]["systemValue"]!.GetValue<decimal>(), changes[0]["reportedValue"]!.GetValue<decimal>(),
            changes[0]["by"]!.GetValue<string>()));
        Assert.Equal((0m, 1m, Supervisor), (changes[1]["systemValue"]!.GetValue<decimal>(), changes[1]["reportedValue"]!.GetValue<decimal>(),
            changes[1]["by"]!.GetValue<string>()));
    }

    private static decimal[] Figures(JsonObject figures) =>
        Bpm.Server.Discretion.Annual.AnnualPenaltyFigures.FormFields.Select(f => figures[f]!.GetValue<decimal>()).ToArray();
}
