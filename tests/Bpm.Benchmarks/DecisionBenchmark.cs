using System.Diagnostics;
using System.Globalization;
using System.Text;
using Bpm.Engine.Decisions.Evaluation;
using Bpm.Engine.Decisions.Parsing;
using Bpm.Engine.Expressions;

namespace Bpm.Benchmarks;

/// <summary>The decision figure: a 50-rule UNIQUE table (three inputs: a number range, a string list, a boolean; two
/// outputs, one computed) evaluated on one thread, inputs varying so that every rule is hit; decisions per second.</summary>
public static class DecisionBenchmark
{
    public const int Rules = 50;

    public static void Run(BenchOptions options)
    {
        var parsed = new DmnParser(new FeelEngine(TimeProvider.System)).Parse("bench.dmn", Encoding.UTF8.GetBytes(Table()));
        var graph = parsed.Graph ?? throw new InvalidOperationException(parsed.Errors[0].Message);
        var inputs = Enumerable.Range(0, Rules * 4).Select(i => new Facts(i)).ToArray();

        var warmup = Stopwatch.StartNew();
        var n = 0;
        while (warmup.Elapsed.TotalSeconds < options.WarmupSeconds) DecisionEvaluator.Evaluate(graph, "fine", inputs[n++ % inputs.Length]);

        var matched = 0L;
        var evaluated = 0L;
        var measured = Stopwatch.StartNew();
        while (measured.Elapsed.TotalSeconds < options.DurationSeconds)
        {
            for (var k = 0; k < 1000; k++)
                matched += DecisionEvaluator.Evaluate(graph, "fine", inputs[(int)(evaluated++ % inputs.Length)]).MatchedRules.Count;
        }
        var seconds = measured.Elapsed.TotalSeconds;
        Console.WriteLine($"| decisions evaluated per second ({Rules}-rule UNIQUE table, 3 inputs, 2 outputs, one thread) | " +
            $"{(evaluated / seconds).ToString("N0", CultureInfo.InvariantCulture)} | {evaluated:N0} evaluations in {seconds:0.0} s, " +
            $"{(double)matched / evaluated:0.00} rules matched each, {seconds * 1_000_000 / evaluated:0.0} µs per evaluation |");
    }

    private sealed class Facts(int i) : IFeelContext
    {
        private readonly decimal amount = (i % Rules) * 1000 + 500;
        private readonly string category = i % 3 == 0 ? "食品" : i % 3 == 1 ? "价格" : "广告";
        private readonly bool firstOffence = i % 2 == 0;

        public bool TryGetVariable(string name, out object? value)
        {
            value = name switch { "amount" => amount, "category" => category, "firstOffence" => firstOffence, _ => null };
            return value is not null;
        }
    }

    /// <summary>The 50-rule table, decision <c>fine</c> over <c>amount</c>, <c>category</c> and <c>firstOffence</c>.</summary>
    public static string Table()
    {
        var xml = new StringBuilder("""
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="bench" name="bench" namespace="bench">
              <decision id="fine" name="罚款"><decisionTable hitPolicy="UNIQUE">
                <input label="金额"><inputExpression><text>amount</text></inputExpression></input>
                <input label="类别"><inputExpression><text>category</text></inputExpression></input>
                <input label="初次"><inputExpression><text>firstOffence</text></inputExpression></input>
                <output name="fine"/><output name="band"/>
            """);
        for (var r = 0; r < Rules; r++)
            xml.Append(CultureInfo.InvariantCulture, $"""
                <rule id="r{r}"><inputEntry><text>[{r * 1000}..{(r + 1) * 1000})</text></inputEntry>
                  <inputEntry><text>"食品","价格","广告"</text></inputEntry><inputEntry><text>-</text></inputEntry>
                  <outputEntry><text>amount * {r % 5 + 1}</text></outputEntry><outputEntry><text>"档{r}"</text></outputEntry></rule>
                """);
        return xml.Append("</decisionTable></decision></definitions>").ToString();
    }
}
