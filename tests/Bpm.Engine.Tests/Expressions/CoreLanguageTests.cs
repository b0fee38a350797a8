namespace Bpm.Engine.Tests.Expressions;

public sealed class CoreLanguageTests : FeelTestBase
{
    [Theory]
    [InlineData("1", "1")]
    [InlineData("-2.5", "-2.5")]
    [InlineData(".5", "0.5")]
    [InlineData("1.50", "1.5")]
    [InlineData("\"abc\"", "\"abc\"")]
    [InlineData("\"a\\\"b\\\\c\\n\"", "\"a\\u0022b\\\\c\\n\"")]
    [InlineData("\"\\u4e2d\"", "\"\\u4E2D\"")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("null", "null")]
    public void Literals(string feel, string expected) => Assert.Equal(expected, EvalJson(feel));

    [Theory]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("(1 + 2) * 3", "9")]
    [InlineData("10 / 4", "2.5")]
    [InlineData("2 ** 10", "1024")]
    [InlineData("2 ** -1", "0.5")]
    [InlineData("7 - 10", "-3")]
    [InlineData("-(3)", "-3")]
    [InlineData("- x", "-4", "{\"x\":4}")]
    [InlineData("1 / 0", "null")]
    [InlineData("1 + null", "null")]
    [InlineData("1 + \"a\"", "null")]
    [InlineData("\"foo\" + \"bar\"", "\"foobar\"")]
    [InlineData("0.1 + 0.2", "0.3")]
    public void Arithmetic(string feel, string expected, string variables = "{}") =>
        Assert.Equal(expected, EvalJson(feel, variables));

    [Theory]
    [InlineData("1 = 1", "true")]
    [InlineData("1 = 1.0", "true")]
    [InlineData("1 != 2", "true")]
    [InlineData("1 < 2", "true")]
    [InlineData("2 <= 2", "true")]
    [InlineData("3 > 2", "true")]
    [InlineData("2 >= 3", "false")]
    [InlineData("\"a\" < \"b\"", "true")]
    [InlineData("null = null", "true")]
    [InlineData("null != null", "false")]
    [InlineData("1 = null", "false")]
    [InlineData("null < 1", "null")]
    [InlineData("1 = \"1\"", "null")]
    [InlineData("1 < \"2\"", "null")]
    [InlineData("[1, 2] = [1, 2]", "true")]
    [InlineData("[1, 2] = [2, 1]", "false")]
    [InlineData("{a: 1} = {a: 1}", "true")]
    [InlineData("true = true", "true")]
    public void Comparisons(string feel, string expected) => Assert.Equal(expected, EvalJson(feel));

    [Theory]
    [InlineData("true and true", "true")]
    [InlineData("true and false", "false")]
    [InlineData("false and null", "false")]
    [InlineData("null and false", "false")]
    [InlineData("true and null", "null")]
    [InlineData("null and null", "null")]
    [InlineData("true and 1", "null")]
    [InlineData("true or false", "true")]
    [InlineData("null or true", "true")]
    [InlineData("false or null", "null")]
    [InlineData("false or false", "false")]
    [InlineData("\"x\" or false", "null")]
    [InlineData("not(true)", "false")]
    [InlineData("not(false)", "true")]
    [InlineData("not(null)", "null")]
    [InlineData("not(1)", "null")]
    [InlineData("1 < 2 and 2 < 3 or false", "true")]
    public void ThreeValuedLogic(string feel, string expected) => Assert.Equal(expected, EvalJson(feel));

    [Theory]
    [InlineData("a", "{\"a\":5}", "5")]
    [InlineData("a.b.c", "{\"a\":{\"b\":{\"c\":\"deep\"}}}", "\"deep\"")]
    [InlineData("a.x", "{\"a\":{\"b\":1}}", "null")]
    [InlineData("missing", "{}", "null")]
    [InlineData("missing.b", "{}", "null")]
    [InlineData("missing + 1", "{}", "null")]
    [InlineData("orders.amount", "{\"orders\":[{\"amount\":1},{\"amount\":2}]}", "[1,2]")]
    [InlineData("`first name`", "{\"first name\":\"Li\"}", "\"Li\"")]
    [InlineData("a.`b c`", "{\"a\":{\"b c\":3}}", "3")]
    [InlineData("my_var2 * 2", "{\"my_var2\":21}", "42")]
    [InlineData("金额 >= 10000", "{\"金额\":12000}", "true")]
    [InlineData("罚款金额 + 滞纳金", "{\"罚款金额\":100,\"滞纳金\":3}", "103")]
    public void NamesAndPaths(string feel, string variables, string expected) =>
        Assert.Equal(expected, EvalJson(feel, variables));

    [Fact]
    public void ChineseNamesInPaths() =>
        Assert.Equal("张三", Eval("案件.当事人.姓名", "{\"案件\":{\"当事人\":{\"姓名\":\"张三\"}}}"));

    [Theory]
    [InlineData("if x > 5 then \"big\" else \"small\"", "{\"x\":6}", "\"big\"")]
    [InlineData("if x > 5 then \"big\" else \"small\"", "{\"x\":1}", "\"small\"")]
    [InlineData("if x > 5 then \"big\" else \"small\"", "{}", "\"small\"")]
    [InlineData("if null then 1 else 2", "{}", "2")]
    [InlineData("if \"yes\" then 1 else 2", "{}", "2")]
    [InlineData("1 + if true then 1 else 2", "{}", "2")]
    public void IfThenElse(string feel, string variables, string expected) => Assert.Equal(expected, EvalJson(feel, variables));
}
