using System.Text.Json.Nodes;
using Bpm.Activities;
using Bpm.Activities.Enforcement;
using Bpm.Engine.Activities;
using Bpm.Engine.Tests.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Activities.Enforcement;

/// <summary>Statutory periods from the catalogue started as named deadlines on the working-day calendar (the clock is
/// Fri 2025-09-26 09:00 in China, before the 2025 National Day holiday).</summary>
public sealed class StatutoryDeadlineActivityTests : IDisposable
{
    private const string Type = "bpm:statutory-deadline";

    private readonly ServiceProvider _services = ActivityTestHost.Build(s => s
        .AddSingleton<TimeProvider>(TestClock.At(new DateTimeOffset(2025, 9, 26, 9, 0, 0, TimeSpan.FromHours(8))))
        .AddBpmActivities(BpmActivitiesAssembly.Assembly)
        .AddBpmEnforcementOptions(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bpm:Enforcement:StatutoryPeriods:Periods:majorPenaltyFiling:Days"] = "10",
            ["Bpm:Enforcement:StatutoryPeriods:Periods:trainingReport:Days"] = "30",
            ["Bpm:Enforcement:StatutoryPeriods:Periods:trainingReport:Unit"] = "calendar",
            ["Bpm:Enforcement:StatutoryPeriods:Periods:trainingReport:Statute"] = "本单位规定",
        }).Build()));

    public void Dispose() => _services.Dispose();

    private Task<ActivityResult> StartAsync(string period, string? start = null, string? name = null, JsonObject? deadlines = null) =>
        _services.InvokeAsync(Type, new JsonObject { ["period"] = period, ["start"] = start, ["name"] = name, ["deadlines"] = deadlines });

    [Fact]
    public async Task Service_is_seven_working_days_across_the_National_Day_holiday()
    {
        var result = await StartAsync("service");

        Assert.Equal("2025-10-13T23:59:59+08:00", (string)result.Variables["dueDate"]!);
        Assert.Equal((7, "WORKING"), ((int)result.Variables["periodDays"]!, (string)result.Variables["periodUnit"]!));
        Assert.Contains("第六十一条", (string)result.Variables["statute"]!);
        var deadline = result.Variables["deadlines"]!["service"]!;
        Assert.Equal(("2025-10-13T23:59:59+08:00", "RUNNING", 7), ((string)deadline["due"]!, (string)deadline["state"]!, (int)deadline["days"]!));
    }

    [Fact]
    public async Task A_calendar_period_ending_on_a_rest_day_moves_to_the_next_working_day()
    {
        // Payment: 15 days after service on 09-16 is Wed 10-01, a holiday; the holiday runs to 10-08, so Thu 10-09.
        var result = await StartAsync("payment", start: "2025-09-16");

        Assert.Equal("2025-10-09T23:59:59+08:00", (string)result.Variables["dueDate"]!);
        Assert.Equal("CALENDAR", (string)result.Variables["periodUnit"]!);
    }

    [Fact]
    public async Task The_penalty_decision_is_due_90_calendar_days_after_filing()
    {
        // 2025-07-01 + 90 days = Mon 2025-09-29, a working day; a statutory period ends at 24:00 of its last day (民法典 第二百零三条).
        Assert.Equal("2025-09-29T23:59:59+08:00", (string)(await StartAsync("penaltyDecision", start: "2025-07-01T10:00:00")).Variables["dueDate"]!);
    }

    [Fact]
    public async Task A_name_keeps_other_deadlines_and_the_statute_is_recorded()
    {
        var result = await StartAsync("disclosureWithdrawal", name: "withdrawal",
            deadlines: new JsonObject { ["service"] = new JsonObject { ["name"] = "service" } });

        var deadlines = result.Variables["deadlines"]!.AsObject();
        Assert.Equal(["service", "withdrawal"], deadlines.Select(d => d.Key).Order());
        // 3 working days from Fri 09-26: Sun 09-28 (make-up day), 09-29, 09-30.
        Assert.Equal("2025-09-30T23:59:59+08:00", (string)deadlines["withdrawal"]!["due"]!);
        Assert.Contains("第四十八条", (string)deadlines["withdrawal"]!["statute"]!);
    }

    [Fact]
    public async Task Configuration_changes_a_period_and_adds_new_ones()
    {
        var filing = await StartAsync("majorPenaltyFiling", start: "2025-09-01");
        Assert.Equal(10, (int)filing.Variables["periodDays"]!);
        Assert.Equal("2025-09-11T23:59:59+08:00", (string)filing.Variables["dueDate"]!);

        var added = await StartAsync("trainingReport", start: "2025-09-01");
        Assert.Equal(("2025-10-09T23:59:59+08:00", "本单位规定"), ((string)added.Variables["dueDate"]!, (string)added.Variables["statute"]!));
    }

    [Theory]
    [InlineData("period", "decisionSoon", null)]
    [InlineData("start", "service", "next week")]
    public async Task Bad_inputs_name_the_input(string input, string period, string? start)
    {
        var error = await Assert.ThrowsAsync<ActivityInputException>(() => StartAsync(period, start));
        Assert.Equal(input, error.InputName);
    }

    [Fact]
    public void A_configured_period_without_days_unit_or_statute_is_refused_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new Bpm.Activities.Enforcement.StatutoryDeadlines.StatutoryPeriodCatalogue(
            new() { Periods = { ["newPeriod"] = new() { Days = 5 } } }));
        Assert.Contains("Bpm:Enforcement:StatutoryPeriods:Periods:newPeriod:Unit", error.Message);
    }
}
