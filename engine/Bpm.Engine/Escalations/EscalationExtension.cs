namespace Bpm.Engine.Escalations;

/// <summary>A head extends the escalated task's time: by <see cref="WorkingDays"/> on the working-day calendar, or to
/// <see cref="DueDate"/>; with <see cref="Deadline"/> the named statutory deadline of the case is extended instead (its
/// timers and every task due date that reads it follow). <see cref="Reason"/> is required.</summary>
public sealed record EscalationExtension(string? Reason, int? WorkingDays, DateTimeOffset? DueDate, string? Deadline);
