namespace Bpm.Server.Problems;

/// <summary>Checks enumerated and paging query values.</summary>
public static class QueryValues
{
    /// <summary>Null when absent; the upper-cased value when it is one of <paramref name="allowed"/>; else a 400.</summary>
    public static string? OneOf(string? raw, string field, params string[] allowed)
    {
        if (string.IsNullOrEmpty(raw))
            return null;
        var value = raw.ToUpperInvariant();
        if (allowed.Contains(value))
            return value;
        throw new ApiBadRequestException($"「{raw}」不是有效的 {field}，可选值：{string.Join("、", allowed)}", field);
    }

    public static int AtLeastOne(int? raw, string field, int fallback)
    {
        if (raw is null)
            return fallback;
        if (raw < 1)
            throw new ApiBadRequestException($"{field} 须不小于 1", field);
        return raw.Value;
    }
}
