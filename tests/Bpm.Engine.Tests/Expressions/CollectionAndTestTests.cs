namespace Bpm.Engine.Tests.Expressions;

public sealed class CollectionAndTestTests : FeelTestBase
{
    [Theory]
    [InlineData("x in [1, 2]", "{\"x\":2}", "true")]
    [InlineData("x in [1, 2]", "{\"x\":3}", "false")]
    [InlineData("x in (1..10]", "{\"x\":1}", "false")]
    [InlineData("x in (1..10]", "{\"x\":10}", "true")]
    [InlineData("x in [1..10)", "{\"x\":10}", "false")]
    [InlineData("x in ]1..10[", "{\"x\":5}", "true")]
    [InlineData("x in > 5", "{\"x\":6}", "true")]
    [InlineData("x in <= 5", "{\"x\":6}", "false")]
    [InlineData("x in (\"a\", \"b\")", "{\"x\":\"b\"}", "true")]
    [InlineData("x in (\"a\", \"b\")", "{\"x\":\"c\"}", "false")]
    [InlineData("x in (< 0, > 100)", "{\"x\":150}", "true")]
    [InlineData("x in 5", "{\"x\":5}", "true")]
    [InlineData("x in [1..10]", "{\"x\":11}", "false")]
    [InlineData("x in [1..10] and x > 3", "{\"x\":5}", "true")]
    [InlineData("x in > 5", "{\"x\":\"a\"}", "null")]
    [InlineData("x in [date(\"2025-01-01\")..date(\"2025-12-31\")]", "{\"x\":\"ignored\"}", "null")]
    [InlineData("date(\"2025-06-01\") in [date(\"2025-01-01\")..date(\"2025-12-31\")]", "{}", "true")]
    [InlineData("5 between 1 and 10", "{}", "true")]
    [InlineData("10 between 1 and 10", "{}", "true")]
    [InlineData("11 between 1 and 10", "{}", "false")]
    [InlineData("x between 1 and 10", "{}", "null")]
    public void UnaryTestsInAndBetween(string feel, string variables, string expected) =>
        Assert.Equal(expected, EvalJson(feel, variables));

    [Theory]
    [InlineData("1 instance of number", "true")]
    [InlineData("\"a\" instance of string", "true")]
    [InlineData("true instance of boolean", "true")]
    [InlineData("date(\"2025-01-01\") instance of date", "true")]
    [InlineData("@\"2025-01-01T10:00:00\" instance of date and time", "true")]
    [InlineData("duration(\"P1D\") instance of days and time duration", "true")]
    [InlineData("duration(\"P1Y\") instance of years and months duration", "true")]
    [InlineData("[1] instance of list", "true")]
    [InlineData("{a: 1} instance of context", "true")]
    [InlineData("1 instance of string", "false")]
    [InlineData("null instance of number", "false")]
    [InlineData("1 instance of number and true", "true")]
    public void InstanceOf(string feel, string expected) => Assert.Equal(expected, EvalJson(feel));

    [Theory]
    [InlineData("[1, 2, 3]", "[1,2,3]")]
    [InlineData("[]", "[]")]
    [InlineData("[1, \"a\", null, [true]]", "[1,\"a\",null,[true]]")]
    [InlineData("{a: 1, \"b c\": 2, d: a + 1}", "{\"a\":1,\"b c\":2,\"d\":2}")]
    [InlineData("{a: 1, b: {c: a + 1}}.b.c", "2")]
    [InlineData("{}", "{}")]
    [InlineData("{first name: \"Li\"}", "{\"first name\":\"Li\"}")]
    [InlineData("{z: 1, a: 2, m: 3}", "{\"z\":1,\"a\":2,\"m\":3}")]
    public void ListsAndContexts(string feel, string expected) => Assert.Equal(expected, EvalJson(feel));

    [Theory]
    [InlineData("[1, 2, 3, 4, 5][item > 3]", "[4,5]")]
    [InlineData("[1, 2, 3][1]", "1")]
    [InlineData("[1, 2, 3][-1]", "3")]
    [InlineData("[1, 2, 3][4]", "null")]
    [InlineData("[1, 2, 3][0]", "null")]
    [InlineData("xs[i]", "2", "{\"xs\":[1,2,3],\"i\":2}")]
    [InlineData("orders[amount > 10]", "[{\"amount\":20}]", "{\"orders\":[{\"amount\":5},{\"amount\":20}]}")]
    [InlineData("orders[amount > 10].amount", "[20]", "{\"orders\":[{\"amount\":5},{\"amount\":20}]}")]
    [InlineData("orders[item.amount < 10][1].amount", "5", "{\"orders\":[{\"amount\":5},{\"amount\":20}]}")]
    [InlineData("orders[amount > limit]", "[{\"amount\":20}]", "{\"orders\":[{\"amount\":5},{\"amount\":20}],\"limit\":6}")]
    [InlineData("[1, 2][item > \"a\"]", "[]")]
    [InlineData("missing[item > 1]", "null")]
    [InlineData("5[item > 1]", "[5]")]
    [InlineData("[][item > 1]", "[]")]
    public void Filters(string feel, string expected, string variables = "{}") =>
        Assert.Equal(expected, EvalJson(feel, variables));

    [Theory]
    [InlineData("for x in [1, 2, 3] return x * 2", "[2,4,6]")]
    [InlineData("for x in 1..3 return x", "[1,2,3]")]
    [InlineData("for x in 3..1 return x", "[3,2,1]")]
    [InlineData("for x in [1..3] return x", "[1,2,3]")]
    [InlineData("for x in [1, 2], y in [10, 20] return x + y", "[11,21,12,22]")]
    [InlineData("for x in [] return x", "[]")]
    [InlineData("for x in missing return x", "null")]
    [InlineData("some x in [1, 5] satisfies x > 3", "true")]
    [InlineData("some x in [1, 2] satisfies x > 3", "false")]
    [InlineData("every x in [4, 5] satisfies x > 3", "true")]
    [InlineData("every x in [1, 5] satisfies x > 3", "false")]
    [InlineData("every x in [] satisfies x > 3", "true")]
    [InlineData("sum(for o in orders return o.amount)", "25", "{\"orders\":[{\"amount\":5},{\"amount\":20}]}")]
    public void Iteration(string feel, string expected, string variables = "{}") =>
        Assert.Equal(expected, EvalJson(feel, variables));

    [Theory]
    [InlineData("(function(a, b) a + b)(1, 2)", "3")]
    [InlineData("{add: function(a, b) a + b, r: add(2, 3)}.r", "5")]
    [InlineData("sort([3, 1, 2], function(x, y) x > y)", "[3,2,1]")]
    [InlineData("{f: function(x) x * 2}.f(4)", "8")]
    public void FunctionDefinitions(string feel, string expected) => Assert.Equal(expected, EvalJson(feel));
}
