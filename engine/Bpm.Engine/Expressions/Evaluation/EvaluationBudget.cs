using System.Diagnostics;
using System.Globalization;

namespace Bpm.Engine.Expressions.Evaluation;

/// <summary>What one evaluation may still spend. The interpreter calls <see cref="Step"/> in every loop, so a runaway
/// expression stops cooperatively: at its iteration budget, at its deadline or when the caller cancels (shutdown,
/// aborted request), whichever comes first. Not thread-safe: one evaluation runs on one thread.</summary>
internal sealed class EvaluationBudget
{
    // Reading the clock and the token on every step would cost more than the step itself.
    private const int ClockCheckInterval = 256;

    private readonly EvaluationLimits _limits;
    private readonly CancellationToken _cancellation;
    private readonly long _deadline;
    private long _steps;
    private int _depth;

    public EvaluationBudget(EvaluationLimits limits, CancellationToken cancellation)
    {
        _limits = limits;
        _cancellation = cancellation;
        var ticks = limits.MaxWallTime.TotalSeconds * Stopwatch.Frequency;
        _deadline = ticks >= long.MaxValue / 2 ? long.MaxValue : Stopwatch.GetTimestamp() + (long)ticks;
    }

    /// <summary>One loop step (an item visited, a function value called).</summary>
    public void Step()
    {
        if (++_steps > _limits.MaxIterations) throw Exceeded(EvaluationLimit.MaxIterations, _limits.MaxIterations.ToString(CultureInfo.InvariantCulture));
        if (_steps % ClockCheckInterval == 0) CheckClock();
    }

    public void CheckClock()
    {
        _cancellation.ThrowIfCancellationRequested();
        if (Stopwatch.GetTimestamp() > _deadline) throw Exceeded(EvaluationLimit.MaxWallTime, _limits.MaxWallTime.ToString("c", CultureInfo.InvariantCulture));
    }

    public void CheckListSize(int count)
    {
        if (count > _limits.MaxListSize) throw Exceeded(EvaluationLimit.MaxListSize, _limits.MaxListSize.ToString(CultureInfo.InvariantCulture));
    }

    public void CheckStringLength(int length)
    {
        if (length > _limits.MaxStringLength) throw Exceeded(EvaluationLimit.MaxStringLength, _limits.MaxStringLength.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Checks a value the evaluation produced: strings and lists against their size budgets.</summary>
    public object? Checked(object? value)
    {
        switch (value)
        {
            case string text: CheckStringLength(text.Length); break;
            case IReadOnlyList<object?> list: CheckListSize(list.Count); break;
        }
        return value;
    }

    /// <summary>Enters a call of a function value; dispose to leave it.</summary>
    public void Enter()
    {
        Step();
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (++_depth > _limits.MaxCallDepth)
        {
            _depth--;
            throw Exceeded(EvaluationLimit.MaxCallDepth, _limits.MaxCallDepth.ToString(CultureInfo.InvariantCulture));
        }
    }

    public void Leave() => _depth--;

    private static FeelLimitExceededException Exceeded(EvaluationLimit limit, string value) => new(limit, value);
}
