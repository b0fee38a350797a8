using Bpm.Engine.Time;

namespace Bpm.Engine.Tests.Time;

/// <summary>A controllable clock on a machine whose zone is UTC (a container's default), pinned to 17:30 UTC on 7 December
/// 2026: 01:30 on 8 December in Beijing, the hours in which the UTC date is a day behind.</summary>
internal static class UtcMachineClock
{
    public static readonly DateTimeOffset AfterBeijingMidnight = new(2026, 12, 7, 17, 30, 0, TimeSpan.Zero);

    public static ControllableClock Pinned()
    {
        var clock = new ControllableClock(TestClock.At(AfterBeijingMidnight, TimeZoneInfo.Utc));
        clock.Pin(AfterBeijingMidnight);
        return clock;
    }

    public static DateTimeOffset Beijing(int month, int day, int hour, int minute = 0) =>
        new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));
}
