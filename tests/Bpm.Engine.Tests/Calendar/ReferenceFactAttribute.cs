namespace Bpm.Engine.Tests.Calendar;

/// <summary>A fact over the holiday reference table, skipped with the reason shown when the table is absent.</summary>
public sealed class ReferenceFactAttribute : FactAttribute
{
    public ReferenceFactAttribute()
    {
        if (ReferenceHolidays.File is null)
            Skip = ReferenceHolidays.MissingReason;
    }
}
