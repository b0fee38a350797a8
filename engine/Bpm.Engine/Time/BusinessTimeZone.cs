namespace Bpm.Engine.Time;

/// <summary>The zone named by the setting <c>Bpm:Engine:TimeZone</c> (an IANA id, Asia/Shanghai by default).</summary>
public static class BusinessTimeZone
{
    public const string Setting = "Bpm:Engine:TimeZone";

    public const string DefaultId = "Asia/Shanghai";

    /// <summary>Asia/Shanghai; a fixed UTC+8 zone where the machine's time-zone database lacks it (China keeps one offset all
    /// year, so it is exact).</summary>
    public static TimeZoneInfo Beijing { get; } = TimeZoneInfo.TryFindSystemTimeZoneById(DefaultId, out var found)
        ? found
        : TimeZoneInfo.CreateCustomTimeZone(DefaultId, ChinaTime.Offset, "中国标准时间", "中国标准时间");

    /// <summary>The zone an id names (blank: Beijing); false when the machine knows no such zone.</summary>
    public static bool TryResolve(string? id, out TimeZoneInfo zone)
    {
        var name = string.IsNullOrWhiteSpace(id) ? DefaultId : id.Trim();
        if (name == DefaultId)
        {
            zone = Beijing;
            return true;
        }
        return TimeZoneInfo.TryFindSystemTimeZoneById(name, out zone!);
    }

    /// <summary>As <see cref="TryResolve"/>; throws naming the setting when the zone is unknown.</summary>
    public static TimeZoneInfo Resolve(string? id) =>
        TryResolve(id, out var zone) ? zone : throw new InvalidOperationException(Unknown(id));

    public static string Unknown(string? id) =>
        $"配置项 {Setting} 指定的时区“{id}”在本机不存在，服务不能启动：请填写 IANA 时区标识，例如 {DefaultId}";
}
