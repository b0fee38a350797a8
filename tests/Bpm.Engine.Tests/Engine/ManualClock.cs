namespace Bpm.Engine.Tests.Engine;

/// <summary>A clock the test moves by hand. Local time is China Standard Time (UTC+8) as in production.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start.ToUniversalTime();
    private static readonly TimeZoneInfo ChinaStandardTime = TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");

    public override DateTimeOffset GetUtcNow() => _now;
    public override TimeZoneInfo LocalTimeZone => ChinaStandardTime;
    public void Advance(TimeSpan by) => _now += by;
}
