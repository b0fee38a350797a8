namespace Bpm.Engine.Deadlines;

/// <summary>How a statutory period counts: working days of the business calendar, or plain calendar days.</summary>
public static class DeadlineUnits
{
    public const string Working = "WORKING";
    public const string Calendar = "CALENDAR";

    public static bool IsKnown(string? unit) => unit is Working or Calendar;
}
