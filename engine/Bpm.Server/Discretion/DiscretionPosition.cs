namespace Bpm.Server.Discretion;

/// <summary>Where a decided fine lies against the discretion benchmark's recommended range (裁量基准推荐幅度).</summary>
public static class DiscretionPosition
{
    public const string Within = "within";
    public const string Above = "above";
    public const string Below = "below";
    /// <summary>No fine decided (a warning), or the benchmark gives no fine range (no violation chosen, kind of penalty only).</summary>
    public const string NotApplicable = "notApplicable";

    public static string Of(decimal? fine, decimal? minFine, decimal? maxFine) => (fine, minFine, maxFine) switch
    {
        ({ } f, { } min, _) when f < min => Below,
        ({ } f, _, { } max) when f > max => Above,
        ({ }, { }, { }) => Within,
        _ => NotApplicable,
    };
}
