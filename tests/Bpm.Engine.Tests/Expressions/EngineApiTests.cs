using System.Text.Json.Nodes;
using Bpm.Engine.Expressions;

namespace Bpm.Engine.Tests.Expressions;

public sealed class EngineApiTests : FeelTestBase
{
    [Theory]
    [InlineData("=1 +", "表达式意外结束", 4)]
    [InlineData("= (1 + 2))", "无法识别的记号 ')'", 9)]
    [InlineData("  = \"abc", "字符串未闭合", 4)]
    [InlineData("=a +* b", "无法识别的记号 '*'", 4)]
    [InlineData("=if a then b", "此处应为 'else'", 12)]
    [InlineData("=[1, 2", "此处应为 ']'", 6)]
    [InlineData("=f(1,", "表达式意外结束", 5)]
    [InlineData("=a # b", "无法识别的字符 '#'", 3)]
    [InlineData("=@\"not a date\"", "无效的日期时间字面量", 2)]
    [InlineData("=", "表达式为空", 1)]
    public void SyntaxErrorsReportThePositionInTheSourceAsGiven(string source, string message, int position)
    {
        var error = Assert.Throws<FeelSyntaxException>(() => Engine.Parse(source));
        Assert.Contains(message, error.Message);
        Assert.Equal(position, error.Position);
    }

    [Fact]
    public void ParseExpressionPositionsCountFromTheTextWithoutEquals()
    {
        var error = Assert.Throws<FeelSyntaxException>(() => Engine.ParseExpression("x > )"));
        Assert.Equal(4, error.Position);
        Assert.Equal("无法识别的记号 ')'（位置 4）", error.Message);
    }

    [Fact]
    public void StaticSourcesEvaluateToThemselves()
    {
        var expression = Engine.Parse("审批通过");
        Assert.True(expression.IsStatic);
        Assert.Equal("审批通过", expression.Evaluate(Variables.None));
        Assert.False(Engine.Parse("=1").IsStatic);
        Assert.Equal(3m, Engine.Parse("  =1 + 2").Evaluate(Variables.None));
    }

    [Fact]
    public void ParseExpressionAcceptsTextWithOrWithoutEquals()
    {
        Assert.Equal(true, Engine.ParseExpression("金额 >= 10000").Evaluate(Variables.FromJson("{\"金额\":10000}")));
        Assert.Equal(true, Engine.ParseExpression("=金额 >= 10000").Evaluate(Variables.FromJson("{\"金额\":10000}")));
        Assert.Equal(false, Engine.Parse("=金额 >= 10000").Evaluate(Variables.FromJson("{\"金额\":9999.99}")));
    }

    [Fact]
    public void CompiledExpressionsAreCached()
    {
        Assert.Same(Engine.Parse("=a + 1"), Engine.Parse("=a + 1"));
        Assert.Same(Engine.ParseExpression("a + 1"), Engine.ParseExpression("a + 1"));
        Assert.Same(Engine.Parse("static"), Engine.Parse("static"));
        Assert.Equal("=a + 1", Engine.Parse("=a + 1").Source);
    }

    [Fact]
    public void UnknownFunctionIsAnEvaluationError()
    {
        var expression = Engine.ParseExpression("nosuch(1)");
        var error = Assert.Throws<FeelEvaluationException>(() => expression.Evaluate(Variables.None));
        Assert.Contains("nosuch", error.Message);
    }

    [Fact]
    public void RegisteredFunctionSupportsPositionalAndNamedInvocation()
    {
        Engine.Functions.Register("addWorkingDays", ["start", "n"],
            args => ((DateOnly)args[0]!).AddDays((int)(decimal)args[1]! * 7 / 5));
        Assert.Equal(new DateOnly(2025, 10, 20), Eval("addWorkingDays(date(\"2025-10-13\"), 5)"));
        Assert.Equal(new DateOnly(2025, 10, 20), Eval("addWorkingDays(n: 5, start: date(\"2025-10-13\"))"));
    }

    [Fact]
    public void RegisteredFunctionGetsMissingTrailingArgumentsAsNull()
    {
        Engine.Functions.Register("describe", ["a", "b"], args => $"{args[0]}|{args[1] ?? "none"}");
        Assert.Equal("x|none", Eval("describe(\"x\")"));
        Assert.Equal("x|none", Eval("describe(a: \"x\")"));
    }

    [Fact]
    public void RegisteredMultiWordFunctionAndReplacingABuiltIn()
    {
        Engine.Functions.Register("add working days", ["start", "n"], args => "called");
        Engine.Functions.Register("upper case", ["string"], args => "replaced");
        Assert.Equal("called", Eval("add working days(today(), 3)"));
        Assert.Equal("replaced", Eval("upper case(\"a\")"));
    }

    [Fact]
    public void RegisteredFunctionFailureIsAnEvaluationError()
    {
        Engine.Functions.Register("boom", [], _ => throw new InvalidOperationException("kaput"));
        var error = Assert.Throws<FeelEvaluationException>(() => Eval("boom()"));
        Assert.Contains("boom", error.Message);
        Assert.Contains("kaput", error.Message);
        Assert.Throws<FeelEvaluationException>(() => Eval("boom(1, 2)"));
    }

    [Fact]
    public void SharedRegistryIsExposed()
    {
        var registry = new FeelFunctionRegistry();
        registry.Register("twice", ["x"], args => (decimal)args[0]! * 2);
        var engine = new FeelEngine(TestClock.AtRealNow(), registry);
        Assert.Same(registry, engine.Functions);
        Assert.Equal(8m, engine.ParseExpression("twice(4)").Evaluate(Variables.None));
    }

    [Fact]
    public void JsonRoundTrip()
    {
        const string json = "{\"name\":\"张三\",\"amount\":12000.50,\"count\":3,\"ok\":true,\"none\":null,"
            + "\"items\":[1,\"two\",[3]],\"nested\":{\"b\":1,\"a\":2}}";
        var value = FeelValues.FromJson(JsonNode.Parse(json));
        var context = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value);
        Assert.Equal(12000.50m, context["amount"]);
        Assert.Equal(7, context.Count);
        var back = FeelValues.ToJson(value)!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), back), back.ToJsonString());
        Assert.Equal("{\"b\":1,\"a\":2}", back["nested"]!.ToJsonString());
    }

    [Fact]
    public void ToJsonFormatsTemporalsAndNumbers()
    {
        Assert.Equal("2", FeelValues.ToJson(2.0m)!.ToJsonString());
        Assert.Equal("2.5", FeelValues.ToJson(2.50m)!.ToJsonString());
        Assert.Equal("2025-10-13", FeelValues.ToJson(new DateOnly(2025, 10, 13))!.GetValue<string>());
        Assert.Equal("2025-10-13T09:00:00+08:00",
            FeelValues.ToJson(new DateTimeOffset(2025, 10, 13, 9, 0, 0, TimeSpan.FromHours(8)))!.GetValue<string>());
        Assert.Equal("2025-10-13T09:00:00", FeelValues.ToJson(new DateTime(2025, 10, 13, 9, 0, 0))!.GetValue<string>());
        Assert.Equal("P7D", FeelValues.ToJson(TimeSpan.FromDays(7))!.GetValue<string>());
        Assert.Equal("PT1H30M", FeelValues.ToJson(TimeSpan.FromMinutes(90))!.GetValue<string>());
        Assert.Equal("P1Y2M", FeelValues.ToJson(new YearsMonthsDuration(14))!.GetValue<string>());
        Assert.Equal("09:00:00", FeelValues.ToJson(new TimeOnly(9, 0))!.GetValue<string>());
        Assert.Null(FeelValues.ToJson(null));
    }

    [Fact]
    public void FromJsonKeepsStringsAndHandlesHugeNumbers()
    {
        Assert.Equal("2025-10-13", FeelValues.FromJson(JsonValue.Create("2025-10-13")));
        Assert.Equal(5m, FeelValues.FromJson(JsonValue.Create(5)));
        Assert.Equal(1e20m, FeelValues.FromJson(JsonNode.Parse("1e20")));
        Assert.Throws<FeelEvaluationException>(() => FeelValues.FromJson(JsonNode.Parse("1e300")));
    }

    [Fact]
    public void ClrValuesFromContextsAreNormalized()
    {
        var variables = new Variables(new Dictionary<string, object?>
        {
            ["i"] = 3,
            ["d"] = 1.5,
            ["list"] = new List<object?> { 1, 2 },
            ["ctx"] = new Dictionary<string, object?> { ["n"] = 2L },
        });
        Assert.Equal(4.5m, Engine.ParseExpression("i + d").Evaluate(variables));
        Assert.Equal(3m, Engine.ParseExpression("sum(list)").Evaluate(variables));
        Assert.Equal(4m, Engine.ParseExpression("ctx.n * 2").Evaluate(variables));
    }

    [Fact]
    public void ParallelEvaluationIsSafe()
    {
        var expression = Engine.ParseExpression("{total: sum(for x in xs return x * factor), big: total > 100}.big");
        Parallel.For(0, 2000, i =>
        {
            var variables = Variables.FromJson($"{{\"xs\":[1,2,3],\"factor\":{i}}}");
            Assert.Equal(6 * i > 100, expression.Evaluate(variables));
            Assert.Same(expression, Engine.ParseExpression("{total: sum(for x in xs return x * factor), big: total > 100}.big"));
        });
    }
}
