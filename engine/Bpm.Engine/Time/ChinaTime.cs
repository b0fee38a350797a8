namespace Bpm.Engine.Time;

/// <summary>Dates as Chinese agencies count them. China keeps one offset (UTC+8) all year and no daylight saving, so the
/// fixed offset needs no time-zone database.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset Now(TimeProvider clock) => clock.GetUtcNow().ToOffset(Offset);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>An instant as a person in China reads it, to the minute ("2026-09-30 23:50"), whatever the server's time zone.</summary>
    public static string Minutes(DateTimeOffset instant) =>
        instant.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>As <see cref="Minutes"/>, to the second ("2026-09-30 23:50:07"), for records where the second matters.</summary>
    public static string Seconds(DateTimeOffset instant) =>
        instant.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
