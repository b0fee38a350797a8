namespace Bpm.Engine.Tests.Expressions;

/// <summary>A fixed clock for tests: a UTC instant and a local time zone.</summary>
internal sealed class ManualClock(DateTimeOffset utcNow, TimeZoneInfo localTimeZone) : TimeProvider
{
    public DateTimeOffset UtcNow { get; set; } = utcNow;

    public override DateTimeOffset GetUtcNow() => UtcNow;

    public override TimeZoneInfo LocalTimeZone => localTimeZone;

    public static ManualClock Shanghai(DateTimeOffset utcNow) =>
        new(utcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
}
