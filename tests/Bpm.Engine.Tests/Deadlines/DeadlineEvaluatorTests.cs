using Bpm.Engine.Queries;

namespace Bpm.Engine.Tests.Deadlines;

public sealed class DeadlineEvaluatorTests
{
    private static readonly DateTimeOffset Created = new(2025, 9, 26, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Due = Created.AddDays(10);

    [Theory]
    [InlineData(0, "onTime")]
    [InlineData(7.99, "onTime")]
    [InlineData(8, "warning")]
    [InlineData(10, "warning")]
    [InlineData(10.001, "overdue")]
    public void State_follows_the_share_of_the_period_that_has_passed(double daysLater, string expected)
    {
        var deadline = DeadlineEvaluator.Evaluate(Due, Created, Created.AddDays(daysLater), 0.8)!;

        Assert.Equal(expected, deadline.State);
        Assert.Equal(Due, deadline.DueDate);
        Assert.Equal(Created.AddDays(8), deadline.WarningAt);
    }

    [Fact]
    public void Work_without_a_due_date_has_no_deadline() =>
        Assert.Null(DeadlineEvaluator.Evaluate(null, Created, Created, 0.8));

    [Fact]
    public void A_due_date_before_creation_warns_only_at_the_due_date_itself()
    {
        var deadline = DeadlineEvaluator.Evaluate(Created.AddDays(-1), Created, Created, 0.8)!;
        Assert.Equal("overdue", deadline.State);
        Assert.Equal(Created.AddDays(-1), deadline.WarningAt);
    }

    [Fact]
    public void Most_pressing_prefers_overdue_then_warning_then_the_earliest_due_date()
    {
        var onTimeSoon = new DeadlineInfo("onTime", Due.AddDays(-5), Due.AddDays(-6));
        var warningLater = new DeadlineInfo("warning", Due.AddDays(3), Due);
        var overdue = new DeadlineInfo("overdue", Due.AddDays(9), Due);

        Assert.Equal(overdue, DeadlineEvaluator.MostPressing([onTimeSoon, warningLater, overdue, null]));
        Assert.Equal(warningLater, DeadlineEvaluator.MostPressing([onTimeSoon, warningLater]));
        Assert.Null(DeadlineEvaluator.MostPressing([null]));
    }
}
