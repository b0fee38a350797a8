namespace Bpm.Engine.Tests.Expressions;

public sealed class MultiWordNameTests : FeelTestBase
{
    [Theory]
    [InlineData("string length(s) > 3 and contains(s, \"a\")", "true")]
    [InlineData("ok and date and time(\"2025-09-26T09:00:00\") < @\"2025-09-27T00:00:00\"", "true")]
    [InlineData("date + 1", "2")]
    [InlineData("years and months duration(date(\"2025-01-01\"), date(\"2025-03-01\"))", "\"P2M\"")]
    [InlineData("count(list) // trailing comment", "2")]
    [InlineData("/* leading */ count(list)", "2")]
    [InlineData("is defined(s) and not(is empty(list))", "true")]
    public void MultiWordFunctionNamesParseGreedilyOnlyBeforeParentheses(string feel, string expected) =>
        Assert.Equal(expected, EvalJson(feel, "{\"s\":\"banana\",\"ok\":true,\"date\":1,\"list\":[1,2]}"));
}
