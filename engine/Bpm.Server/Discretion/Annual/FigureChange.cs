namespace Bpm.Server.Discretion.Annual;

/// <summary>A figure of the annual report a person changed from the value the system prefilled: who (the history's actor
/// of the variable), when, the system's value and the reported one.</summary>
public sealed record FigureChange(string Field, decimal? SystemValue, decimal? ReportedValue, string? By, DateTimeOffset? At);
