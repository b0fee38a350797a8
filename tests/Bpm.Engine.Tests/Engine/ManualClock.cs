namespace Bpm.Engine.Tests.Engine;

/// <summary>A clock the test moves by hand. Its local zone is China Standard Time (UTC+8) unless the test gives the machine's
/// zone (the engine counts days in its business zone and must not read it).</summary>
public sealed class ManualClock(DateTimeOffset start, TimeZoneInfo? localTimeZone = null) : TimeProvider
{
    private DateTimeOffset _now = start.ToUniversalTime();
    private static readonly TimeZoneInfo ChinaStandardTime = TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");

    public override DateTimeOffset GetUtcNow() => _now;
    public override TimeZoneInfo LocalTimeZone => localTimeZone ?? ChinaStandardTime;
    public void Advance(TimeSpan by) => _now += by;
}
