using Bpm.Engine.Expressions;

namespace Bpm.Engine.Tests.Expressions;

public abstract class FeelTestBase
{
    internal static readonly DateTimeOffset FixedNow = new(2025, 10, 13, 1, 30, 0, TimeSpan.Zero);

    internal FakeTimeProvider Clock { get; } = TestClock.At(FixedNow);

    private protected FeelEngine Engine { get; }

    protected FeelTestBase() => Engine = new FeelEngine(Clock);

    protected object? Eval(string feel, string variablesJson = "{}") =>
        Engine.ParseExpression(feel).Evaluate(Variables.FromJson(variablesJson));

    /// <summary>Evaluates and renders the result as compact JSON, which keeps expectations short.</summary>
    protected string EvalJson(string feel, string variablesJson = "{}") =>
        FeelValues.ToJson(Eval(feel, variablesJson))?.ToJsonString() ?? "null";
}
