using System.Globalization;
using System.Text.RegularExpressions;

namespace Bpm.Engine.Timers;

/// <summary>An ISO 8601 duration with calendar parts kept apart: P1M adds a calendar month, P1D a day, PT1H an hour.</summary>
internal sealed partial record IsoDuration(int Years, int Months, int Days, TimeSpan Time)
{
    [GeneratedRegex(@"^P(?=\d|T\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$")]
    private static partial Regex Pattern();

    public bool IsZero => Years == 0 && Months == 0 && Days == 0 && Time == TimeSpan.Zero;

    /// <summary>Throws <see cref="FormatException"/> for anything but an ISO 8601 duration.</summary>
    public static IsoDuration Parse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success) throw new FormatException($"「{text}」不是 ISO 8601 时长");
        int Part(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var seconds = match.Groups[7].Success ? double.Parse(match.Groups[7].Value.Replace(',', '.'), CultureInfo.InvariantCulture) : 0;
        var time = new TimeSpan(Part(5), Part(6), 0) + TimeSpan.FromSeconds(seconds);
        return new IsoDuration(Part(1), Part(2), Part(3) * 7 + Part(4), time);
    }

    public DateTimeOffset AddTo(DateTimeOffset at) => at.AddYears(Years).AddMonths(Months).AddDays(Days).Add(Time);
}
