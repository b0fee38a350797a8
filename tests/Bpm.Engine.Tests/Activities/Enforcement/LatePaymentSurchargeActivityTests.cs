using System.Text.Json.Nodes;
using Bpm.Activities;
using Bpm.Engine.Activities;
using Bpm.Engine.Tests.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Activities.Enforcement;

/// <summary>加处罚款: 3% of the fine per day after the due date, capped at the fine, not counted while paused.</summary>
public sealed class LatePaymentSurchargeActivityTests : IDisposable
{
    private const string Type = "bpm:late-payment-surcharge";

    private readonly ServiceProvider _services = ActivityTestHost.Build(s => s
        .AddSingleton<TimeProvider>(TestClock.At(new DateTimeOffset(2025, 3, 12, 23, 30, 0, TimeSpan.FromHours(8))))
        .AddBpmActivities(BpmActivitiesAssembly.Assembly));

    public void Dispose() => _services.Dispose();

    private async Task<(decimal Surcharge, int Days, bool Capped, decimal Total)> SurchargeAsync(decimal fine, string due, string? asOf,
        JsonArray? pauses = null)
    {
        var result = await _services.InvokeAsync(Type, new JsonObject
        {
            ["fineAmount"] = fine, ["dueDate"] = due, ["asOf"] = asOf, ["pauses"] = pauses,
        });
        var v = result.Variables;
        return ((decimal)v["surcharge"]!, (int)v["daysCounted"]!, (bool)v["capped"]!, (decimal)v["totalDue"]!);
    }

    private static JsonObject Pause(string from, string? to) => new() { ["from"] = from, ["to"] = to };

    [Fact]
    public async Task Nothing_is_owed_on_the_due_date_itself()
    {
        Assert.Equal((0m, 0, false, 5000m), await SurchargeAsync(5000m, "2025-03-10", "2025-03-10"));
    }

    [Fact]
    public async Task Each_day_after_the_due_date_adds_three_percent()
    {
        Assert.Equal((150m, 1, false, 5150m), await SurchargeAsync(5000m, "2025-03-10", "2025-03-11"));
        Assert.Equal((4950m, 33, false, 9950m), await SurchargeAsync(5000m, "2025-03-10", "2025-04-12"));
    }

    [Fact]
    public async Task Day_34_would_be_102_percent_and_is_capped_at_the_fine()
    {
        Assert.Equal((5000m, 34, true, 10000m), await SurchargeAsync(5000m, "2025-03-10", "2025-04-13"));
        Assert.Equal((5000m, 100, true, 10000m), await SurchargeAsync(5000m, "2025-03-10", "2025-06-18"));
    }

    [Fact]
    public async Task The_amount_is_rounded_once_to_the_fen_half_away_from_zero()
    {
        // 333.33 × 3% = 9.9999 → 10.00; 0.50 × 3% = 0.015 → 0.02; 0.50 × 3% × 3 = 0.045 → 0.05 (not 3 × 0.02).
        Assert.Equal(10.00m, (await SurchargeAsync(333.33m, "2025-03-10", "2025-03-11")).Surcharge);
        Assert.Equal(0.02m, (await SurchargeAsync(0.50m, "2025-03-10", "2025-03-11")).Surcharge);
        Assert.Equal(0.05m, (await SurchargeAsync(0.50m, "2025-03-10", "2025-03-13")).Surcharge);
    }

    [Fact]
    public async Task A_pause_spanning_the_due_date_counts_only_the_days_after_it_ends()
    {
        // Paused 03-05..03-15 (review applied for before the due date 03-10): late days are 03-16..03-20.
        var result = await SurchargeAsync(1000m, "2025-03-10", "2025-03-20", [Pause("2025-03-05", "2025-03-15")]);
        Assert.Equal((150m, 5, false, 1150m), result);
    }

    [Fact]
    public async Task Overlapping_pauses_do_not_count_a_day_twice()
    {
        // 03-11 counts; 03-12..03-18 paused by two overlapping periods; 03-19 and 03-20 count.
        var result = await SurchargeAsync(1000m, "2025-03-10", "2025-03-20",
            [Pause("2025-03-12", "2025-03-15"), Pause("2025-03-14", "2025-03-18")]);
        Assert.Equal((90m, 3, false, 1090m), result);
    }

    [Fact]
    public async Task An_open_pause_runs_to_the_day_of_calculation()
    {
        var result = await SurchargeAsync(1000m, "2025-03-10", "2025-03-20", [Pause("2025-03-13", null)]);
        Assert.Equal(2, result.Days);
    }

    [Fact]
    public async Task Without_asOf_it_counts_to_today_in_China_time()
    {
        // The clock is 2025-03-12 23:30 in China (15:30 UTC): two days late.
        Assert.Equal((60m, 2, false, 1060m), await SurchargeAsync(1000m, "2025-03-10", null));
    }

    [Theory]
    [InlineData("fineAmount", "12.345", "2025-03-10", null)]
    [InlineData("fineAmount", "-1", "2025-03-10", null)]
    [InlineData("dueDate", "100", "10 March", null)]
    [InlineData("pauses", "100", "2025-03-10", "2025-03-12")]
    public async Task Bad_inputs_name_the_input(string input, string fine, string due, string? reversedPauseFrom)
    {
        var pauses = reversedPauseFrom is null ? null : new JsonArray(Pause(reversedPauseFrom, "2025-03-11"));
        var error = await Assert.ThrowsAsync<ActivityInputException>(() => _services.InvokeAsync(Type, new JsonObject
        {
            ["fineAmount"] = decimal.Parse(fine, System.Globalization.CultureInfo.InvariantCulture), ["dueDate"] = due, ["pauses"] = pauses,
        }));
        Assert.Equal(input, error.InputName);
    }
}
