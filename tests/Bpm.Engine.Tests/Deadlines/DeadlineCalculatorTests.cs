using Bpm.Engine.Calendar;
using Bpm.Engine.Deadlines;

namespace Bpm.Engine.Tests.Deadlines;

/// <summary>The documented resume rule: the working days after the pause date up to and including the resume date are added.</summary>
public sealed class DeadlineCalculatorTests
{
    private static readonly DeadlineCalculator Calculator = new(new BusinessCalendar());
    private static DateTimeOffset At(int month, int day) => new(2025, month, day, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_pause_from_Wednesday_to_the_next_Monday_adds_Thursday_Friday_and_Monday()
    {
        // Wed 10-15 → Mon 10-20 paused; due Fri 10-24 + 3 working days = Wed 10-29.
        Assert.Equal(At(10, 29), Calculator.Resumed(At(10, 24), At(10, 15), At(10, 20), DeadlineUnits.Working, null));
    }

    [Fact]
    public void A_pause_and_resume_on_the_same_day_changes_nothing()
    {
        Assert.Equal(At(10, 24), Calculator.Resumed(At(10, 24), At(10, 15), At(10, 15), DeadlineUnits.Working, null));
        Assert.Equal(At(10, 24), Calculator.Resumed(At(10, 24), At(10, 15), At(10, 15), DeadlineUnits.Calendar, null));
    }

    [Fact]
    public void A_pause_over_the_holiday_counts_only_its_working_days()
    {
        // Tue 09-30 → Thu 10-09: only 10-09 is a working day in (09-30, 10-09].
        Assert.Equal(At(10, 14), Calculator.Resumed(At(10, 13), At(9, 30), At(10, 9), DeadlineUnits.Working, null));
    }
}
