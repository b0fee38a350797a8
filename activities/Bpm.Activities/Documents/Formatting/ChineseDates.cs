using System.Globalization;
using System.Text;

namespace Bpm.Activities.Documents.Formatting;

/// <summary>Dates as Chinese documents print them: 二〇二六年十一月二十二日 (sealed documents) or 2026年11月22日.</summary>
public static class ChineseDates
{
    private static readonly string[] Digits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    public static string InChineseNumerals(DateOnly date)
    {
        var text = new StringBuilder();
        foreach (var digit in date.Year.ToString(CultureInfo.InvariantCulture)) text.Append(Digits[digit - '0']);
        return text.Append('年').Append(Number(date.Month)).Append('月').Append(Number(date.Day)).Append('日').ToString();
    }

    public static string InArabicNumerals(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>An instant as a person in China reads it, Beijing time to the minute: 2026年7月3日 09:00.</summary>
    public static string InArabicNumeralsWithTime(DateTimeOffset instant)
    {
        var beijing = instant.ToOffset(BeijingOffset);
        return InArabicNumerals(DateOnly.FromDateTime(beijing.DateTime)) + beijing.ToString(" HH:mm", CultureInfo.InvariantCulture);
    }

    private static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    /// <summary>Reads an ISO 8601 date-time; one written without an offset is Beijing time as written. Null for a plain date
    /// or text that is not a date-time.</summary>
    public static DateTimeOffset? ParseInstant(string text)
    {
        text = text.Trim();
        if (text.Length <= 10 || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var written)) return null;
        if (written.Kind == DateTimeKind.Unspecified) return new DateTimeOffset(written, BeijingOffset);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;
    }

    /// <summary>1–31 as read aloud: 十, 十一, 二十, 二十二, 三十一.</summary>
    private static string Number(int value) => value switch
    {
        < 10 => Digits[value],
        10 => "十",
        < 20 => "十" + Digits[value - 10],
        _ => Digits[value / 10] + "十" + (value % 10 == 0 ? "" : Digits[value % 10]),
    };

    /// <summary>Reads yyyy-MM-dd or an ISO 8601 date-time (its local date as written); null when the text is not a date.</summary>
    public static DateOnly? Parse(string text)
    {
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)) return DateOnly.FromDateTime(at.DateTime);
        return null;
    }
}
