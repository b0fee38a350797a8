using Microsoft.Extensions.Time.Testing;

namespace Bpm.Testing;

/// <summary>The one clock tests move: <see cref="FakeTimeProvider"/> (its timers fire on <c>Advance</c>/<c>SetUtcNow</c>,
/// its timestamps follow it), started where a test needs it with China Standard Time as its local zone unless the test
/// gives another (the engine reads its business zone from <c>Bpm:Engine:TimeZone</c>, never from the clock, and tests on a
/// UTC zone prove it). Each test project that moves time compiles this file in; <c>Architecture/OneTestClockTests</c> refuses any
/// other clock in test sources.</summary>
internal static class TestClock
{
    /// <summary>Beijing's offset from UTC (China has no daylight saving time).</summary>
    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static readonly TimeZoneInfo ChinaStandardTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>The date in Beijing of <paramref name="at"/> (the date the statutes count).</summary>
    public static DateOnly ChinaDate(this DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(China).DateTime);

    /// <summary>A clock standing at <paramref name="start"/> until the test moves it, in <paramref name="localTimeZone"/>
    /// (China Standard Time when null).</summary>
    public static FakeTimeProvider At(DateTimeOffset start, TimeZoneInfo? localTimeZone = null)
    {
        var clock = new FakeTimeProvider(start.ToUniversalTime());
        clock.SetLocalTimeZone(localTimeZone ?? ChinaStandardTime);
        return clock;
    }

    /// <summary>A clock standing at the machine's current instant: for tests that only need time to stand still (stamps
    /// compared with the database's, tokens' lifetimes) and move it by hand.</summary>
    public static FakeTimeProvider AtRealNow(TimeZoneInfo? localTimeZone = null) => At(DateTimeOffset.UtcNow, localTimeZone);

    /// <summary>Moves the clock by <paramref name="step"/> at a time until <paramref name="work"/> ends: for work on
    /// another thread that waits on the clock (a budget, a delay) and may begin to wait only after the first move. Fails
    /// after <paramref name="patience"/> of real time (30 seconds unless given).</summary>
    public static async Task<T> AdvanceUntilDoneAsync<T>(this FakeTimeProvider clock, Task<T> work, TimeSpan step, TimeSpan? patience = null)
    {
        var giveUp = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(30));
        while (!work.IsCompleted)
        {
            if (DateTime.UtcNow > giveUp) throw new TimeoutException($"still running after the clock moved to {clock.GetUtcNow():O}");
            clock.Advance(step);
            await Task.WhenAny(work, Task.Delay(TimeSpan.FromMilliseconds(10)));
        }
        return await work;
    }
}
