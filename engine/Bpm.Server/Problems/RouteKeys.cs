using System.Globalization;

namespace Bpm.Server.Problems;

/// <summary>Keys travel as strings; a key that is not a positive 64-bit integer is a bad request, not a server error.</summary>
public static class RouteKeys
{
    public static long Parse(string? raw, string field)
    {
        if (long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var key) && key > 0)
            return key;
        throw new ApiBadRequestException($"「{raw}」不是有效的编号：{field} 须为正整数", field);
    }

    public static long? ParseOptional(string? raw, string field) =>
        string.IsNullOrEmpty(raw) ? null : Parse(raw, field);
}
