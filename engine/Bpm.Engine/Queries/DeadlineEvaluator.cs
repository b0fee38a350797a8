namespace Bpm.Engine.Queries;

/// <summary>Computes the deadline state of waiting work at a moment: the period runs from when the work was created to
/// its due date; the warning starts when <c>warningShare</c> of it has passed.</summary>
public static class DeadlineEvaluator
{
    public const string OnTime = "onTime";
    public const string Warning = "warning";
    public const string Overdue = "overdue";

    public static DeadlineInfo? Evaluate(DateTimeOffset? dueDate, DateTimeOffset createdAt, DateTimeOffset now, double warningShare)
    {
        if (dueDate is not { } due) return null;
        var period = due - createdAt;
        var warningAt = period > TimeSpan.Zero ? createdAt + period * Math.Clamp(warningShare, 0, 1) : due;
        var state = now > due ? Overdue : now >= warningAt ? Warning : OnTime;
        return new DeadlineInfo(state, due, warningAt);
    }

    /// <summary>The most pressing of several deadlines: overdue before warning before on time, then the earliest due date.</summary>
    public static DeadlineInfo? MostPressing(IEnumerable<DeadlineInfo?> deadlines) =>
        deadlines.OfType<DeadlineInfo>()
            .OrderByDescending(d => d.State switch { Overdue => 2, Warning => 1, _ => 0 })
            .ThenBy(d => d.DueDate)
            .FirstOrDefault();
}
