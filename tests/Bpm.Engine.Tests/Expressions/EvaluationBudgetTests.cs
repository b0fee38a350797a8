using Bpm.Engine.Expressions;

namespace Bpm.Engine.Tests.Expressions;

/// <summary>Every evaluation runs within budgets: a runaway expression stops with the budget it exceeded, cooperatively,
/// and soon after its caller cancels.</summary>
public sealed class EvaluationBudgetTests
{
    private static readonly FakeTimeProvider Clock = TestClock.At(FeelTestBase.FixedNow);

    private static FeelEngine Engine(Action<EvaluationLimits>? configure = null)
    {
        var limits = new EvaluationLimits();
        configure?.Invoke(limits);
        return new FeelEngine(Clock, limits: limits);
    }

    private static FeelLimitExceededException Exceeds(FeelEngine engine, string feel, string variables = "{}") =>
        Assert.Throws<FeelLimitExceededException>(() => engine.ParseExpression(feel).Evaluate(Variables.FromJson(variables)));

    [Theory]
    [InlineData("every i in 1..1e15 satisfies i > 0")]
    [InlineData("some i in 1..1e15 satisfies i < 0")]
    [InlineData("count(for i in 1..1e15 return 1)")]
    [InlineData("for i in 1..1000, j in 1..1000, k in 1..1000 return 0")]
    public void A_huge_range_stops_at_the_iteration_budget_without_being_materialised(string feel)
    {
        var error = Exceeds(Engine(l => { l.MaxIterations = 10_000; l.MaxListSize = int.MaxValue; }), feel);
        Assert.Equal(EvaluationLimit.MaxIterations, error.Limit);
        Assert.Equal("10000", error.Value);
        Assert.Contains("迭代次数", error.Message);
    }

    [Fact]
    public void Filters_count_their_steps()
    {
        var error = Exceeds(Engine(l => l.MaxIterations = 5), "xs[item > 0]", """{"xs":[1,2,3,4,5,6,7]}""");
        Assert.Equal(EvaluationLimit.MaxIterations, error.Limit);
    }

    [Fact]
    public void A_list_built_past_the_list_budget_stops()
    {
        var error = Exceeds(Engine(l => l.MaxListSize = 1000), "for i in 1..1001 return i");
        Assert.Equal(EvaluationLimit.MaxListSize, error.Limit);
        Assert.Equal("1000", error.Value);
    }

    [Fact]
    public void A_string_built_past_the_string_budget_stops()
    {
        var engine = Engine(l => l.MaxStringLength = 100);
        Assert.Equal(EvaluationLimit.MaxStringLength, Exceeds(engine, "s + s + s", """{"s":"0123456789012345678901234567890123456789"}""").Limit);
        Assert.Equal(EvaluationLimit.MaxStringLength, Exceeds(engine, "string join(for i in 1..60 return \"ab\")").Limit);
    }

    [Fact]
    public void Recursion_stops_at_the_call_depth_budget_instead_of_overflowing_the_stack()
    {
        var error = Exceeds(Engine(l => l.MaxCallDepth = 50), "{f: function(n) f(n + 1), r: f(0)}.r");
        Assert.Equal(EvaluationLimit.MaxCallDepth, error.Limit);
    }

    [Fact]
    public void A_slow_evaluation_stops_at_its_wall_time_budget()
    {
        var engine = Engine(l => { l.MaxIterations = long.MaxValue; l.MaxWallTime = TimeSpan.FromMilliseconds(200); });
        var error = Exceeds(engine, "every i in 1..1e15 satisfies i > 0");
        Assert.Equal(EvaluationLimit.MaxWallTime, error.Limit);
        Assert.Contains("求值时间", error.Message);
    }

    [Fact]
    public async Task A_runaway_evaluation_stops_when_its_caller_cancels()
    {
        var engine = Engine(l => { l.MaxIterations = long.MaxValue; l.MaxWallTime = TimeSpan.FromHours(1); });
        using var cancellation = new CancellationTokenSource();
        var expression = engine.ParseExpression("every i in 1..1e15 satisfies i > 0");
        var running = Task.Run(() => expression.Evaluate(Variables.None, cancellation.Token));
        await cancellation.CancelAsync();
        // A timeout, not a speed claim: the loop checks the token every few hundred steps.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Theory]
    [InlineData("for i in 1..1000 return i * 2", "1000")]
    [InlineData("count(xs[item > 1])", "2")]
    [InlineData("string length(string join(for i in 1..100 return \"ab\"))", "200")]
    public void Expressions_within_the_defaults_are_unaffected(string feel, string expected)
    {
        var value = Engine().ParseExpression(feel).Evaluate(Variables.FromJson("""{"xs":[1,2,3]}"""));
        var text = value is IReadOnlyList<object?> list ? list.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, text);
    }
}
