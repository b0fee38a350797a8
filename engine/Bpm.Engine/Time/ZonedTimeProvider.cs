namespace Bpm.Engine.Time;

/// <summary>The system clock with the engine's business time zone as its local zone, so FEEL's <c>today()</c> and
/// <c>now()</c>, timer dates without an offset, deadlines and generated documents count days as the agencies do whatever
/// zone the server's machine runs in (a container's default is UTC: without this, a decision taken at 07:00 Beijing time
/// would be dated the day before).</summary>
public sealed class ZonedTimeProvider(TimeProvider inner, TimeZoneInfo zone) : TimeProvider
{
    /// <summary>The zone named by <c>Bpm:Engine:TimeZone</c>; Asia/Shanghai when none is named or the machine's time-zone
    /// database lacks it (China keeps UTC+8 all year, so a fixed zone is exact).</summary>
    public static TimeZoneInfo Resolve(string? id)
    {
        var name = string.IsNullOrWhiteSpace(id) ? "Asia/Shanghai" : id.Trim();
        if (TimeZoneInfo.TryFindSystemTimeZoneById(name, out var found)) return found;
        if (name == "Asia/Shanghai") return TimeZoneInfo.CreateCustomTimeZone(name, ChinaTime.Offset, "中国标准时间", "中国标准时间");
        throw new InvalidOperationException($"Bpm:Engine:TimeZone 指定的时区 {name} 在本机不存在");
    }

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => zone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);
}
