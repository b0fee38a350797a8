using Bpm.Engine.Expressions.Evaluation;

namespace Bpm.Engine.Expressions;

/// <summary>Compiled DMN unary tests (an input entry such as <c>[1..10]</c>, <c>&lt; 5</c>, <c>"a","b"</c>, <c>not("x")</c>,
/// <c>? &gt; 3</c> or <c>-</c>). A test that cannot be decided (incomparable types) does not match. Thread-safe.</summary>
public sealed class FeelUnaryTests
{
    private readonly CompiledTest[] tests;
    private readonly bool negated;
    private readonly EvaluationLimits limits;

    internal FeelUnaryTests(string source, CompiledTest[] tests, bool negated, bool matchesAnything, EvaluationLimits limits)
    {
        Source = source;
        this.tests = tests;
        this.negated = negated;
        MatchesAnything = matchesAnything;
        this.limits = limits;
    }

    public string Source { get; }

    /// <summary>"-" or empty: every value matches.</summary>
    public bool MatchesAnything { get; }

    /// <summary>Does the input value pass? Variables of <paramref name="context"/> are visible to the tests' expressions.</summary>
    public bool Matches(object? input, IFeelContext context, CancellationToken cancellation = default)
    {
        if (MatchesAnything) return true;
        var index = IndexOfMatch(input, context, cancellation, out var undecided);
        if (negated) return index < 0 && !undecided;
        return index >= 0;
    }

    /// <summary>The position of the first positive test the value passes (-1: none), e.g. its rank in an output values
    /// list for the PRIORITY and OUTPUT ORDER hit policies. Ignores a "not(...)".</summary>
    public int IndexOfMatch(object? value, IFeelContext context, CancellationToken cancellation = default) =>
        IndexOfMatch(value, context, cancellation, out _);

    private int IndexOfMatch(object? input, IFeelContext context, CancellationToken cancellation, out bool undecided)
    {
        ArgumentNullException.ThrowIfNull(context);
        undecided = false;
        var value = FeelValues.Normalize(input);
        var scope = Scope.Root(context, new EvaluationBudget(limits, cancellation)).Bind("?", value);
        for (var i = 0; i < tests.Length; i++)
        {
            var result = Evaluate(tests[i], value, scope);
            if (result == true) return i;
            undecided |= result is null;
        }
        return -1;
    }

    private bool? Evaluate(CompiledTest test, object? value, Scope scope)
    {
        try
        {
            var operand = scope.Budget.Checked(test.Operand(scope));
            return test.UsesInput && test.Operator is null ? operand is true : Compiler.Test(value, test.Operator, operand);
        }
        catch (Exception ex) when (ex is FeelEvaluationException or FeelLimitExceededException or OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new FeelEvaluationException($"一元测试「{Source}」求值失败：{ex.Message}", ex);
        }
    }

    public override string ToString() => Source;

    internal sealed record CompiledTest(string? Operator, Evaluator Operand, bool UsesInput);
}
