using System.Text.Json;

namespace Bpm.Engine.Calendar;

/// <summary>The JSON form of entries, as stored in <c>calendar_years.data</c> and in the built-in file (camelCase, ISO dates).</summary>
internal static class CalendarJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string SerializeEntries(IReadOnlyList<CalendarEntry> entries) => JsonSerializer.Serialize(entries, Options);

    public static IReadOnlyList<CalendarEntry> DeserializeEntries(string json) =>
        JsonSerializer.Deserialize<List<CalendarEntry>>(json, Options)?.Select(Normalize).ToList() ?? [];

    /// <summary>Absent arrays become empty ones, so that readers never meet null.</summary>
    public static CalendarEntry Normalize(CalendarEntry entry) =>
        new(entry.Name ?? "", entry.RestDays ?? [], entry.MakeupWorkdays ?? []);
}
