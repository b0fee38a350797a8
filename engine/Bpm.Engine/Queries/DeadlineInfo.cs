namespace Bpm.Engine.Queries;

/// <summary>Where waiting work stands against its due date: <c>onTime</c>, <c>warning</c> (from <see cref="WarningAt"/>,
/// a configured share of the period) or <c>overdue</c> (past <see cref="DueDate"/>).</summary>
public sealed record DeadlineInfo(string State, DateTimeOffset DueDate, DateTimeOffset WarningAt);
