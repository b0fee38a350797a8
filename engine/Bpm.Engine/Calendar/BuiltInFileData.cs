namespace Bpm.Engine.Calendar;

/// <summary>The built-in data file <c>Data/holidays-cn.json</c>.</summary>
internal sealed record BuiltInFileData(string? Description, List<BuiltInYearData>? Years);
