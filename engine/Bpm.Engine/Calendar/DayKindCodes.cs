namespace Bpm.Engine.Calendar;

/// <summary>The API spelling of <see cref="DayKind"/>: WORKDAY, WEEKEND, HOLIDAY, MAKEUP_WORKDAY.</summary>
public static class DayKindCodes
{
    public static string ToCode(this DayKind kind) => kind switch
    {
        DayKind.Workday => "WORKDAY",
        DayKind.Weekend => "WEEKEND",
        DayKind.Holiday => "HOLIDAY",
        DayKind.MakeupWorkday => "MAKEUP_WORKDAY",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>True for the kinds on which people work.</summary>
    public static bool IsWorking(this DayKind kind) => kind is DayKind.Workday or DayKind.MakeupWorkday;
}
