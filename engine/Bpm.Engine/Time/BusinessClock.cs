namespace Bpm.Engine.Time;

/// <summary>The engine's business time: the instant comes from the <see cref="TimeProvider"/> (the system clock, or a test's
/// controllable one), days and wall-clock times are counted in the one configured business zone (<c>Bpm:Engine:TimeZone</c>,
/// Beijing by default). The provider's <see cref="TimeProvider.LocalTimeZone"/> is never read: it is the machine's zone (UTC
/// in a container), and which provider a host's registrations end with must not decide the date of a case.</summary>
public sealed class BusinessClock(TimeProvider instants, TimeZoneInfo zone)
{
    public TimeProvider Instants { get; } = instants;

    public TimeZoneInfo Zone { get; } = zone;

    public DateTimeOffset GetUtcNow() => Instants.GetUtcNow();

    /// <summary>The current instant with the business zone's offset.</summary>
    public DateTimeOffset Now() => InZone(Instants.GetUtcNow());

    public DateOnly Today() => DateOnly.FromDateTime(Now().DateTime);

    public DateTimeOffset InZone(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The clock of an engine built without configuration (tests, tools): Beijing time.</summary>
    public static BusinessClock Beijing(TimeProvider instants) => new(instants, BusinessTimeZone.Beijing);
}
