using Bpm.Engine.Expressions;

namespace Bpm.Engine.Tests.Expressions;

public sealed class TemporalTests : FeelTestBase
{
    [Theory]
    [InlineData("date(\"2025-09-26\")", "\"2025-09-26\"")]
    [InlineData("date(2025, 9, 26)", "\"2025-09-26\"")]
    [InlineData("date(date and time(\"2025-09-26T09:00:00\"))", "\"2025-09-26\"")]
    [InlineData("time(\"09:00:00\")", "\"09:00:00\"")]
    [InlineData("time(9, 30, 0)", "\"09:30:00\"")]
    [InlineData("date and time(\"2025-09-26T09:00:00\")", "\"2025-09-26T09:00:00\"")]
    [InlineData("date and time(\"2025-09-26T09:00:00+08:00\")", "\"2025-09-26T09:00:00\\u002B08:00\"")]
    [InlineData("date and time(\"2025-09-26T09:00:00@Asia/Shanghai\")", "\"2025-09-26T09:00:00\\u002B08:00\"")]
    [InlineData("date and time(\"2025-09-26T01:00:00Z\")", "\"2025-09-26T01:00:00Z\"")]
    [InlineData("date and time(date(\"2025-09-26\"), time(\"10:15:00\"))", "\"2025-09-26T10:15:00\"")]
    [InlineData("duration(\"P7D\")", "\"P7D\"")]
    [InlineData("duration(\"PT1H30M\")", "\"PT1H30M\"")]
    [InlineData("duration(\"P1DT2H\")", "\"P1DT2H\"")]
    [InlineData("duration(\"P1Y2M\")", "\"P1Y2M\"")]
    [InlineData("duration(\"-P2D\")", "\"-P2D\"")]
    [InlineData("duration(\"nonsense\")", "null")]
    [InlineData("date(\"2025-02-30\")", "null")]
    [InlineData("@\"2025-09-26\"", "\"2025-09-26\"")]
    [InlineData("@\"09:00:00\"", "\"09:00:00\"")]
    [InlineData("@\"2025-09-26T09:00:00\"", "\"2025-09-26T09:00:00\"")]
    [InlineData("@\"P3D\"", "\"P3D\"")]
    public void Construction(string feel, string expected) => Assert.Equal(expected, EvalJson(feel));

    [Theory]
    [InlineData("date(\"2025-09-26\") + duration(\"P7D\")", "\"2025-10-03\"")]
    [InlineData("date(\"2025-01-31\") + duration(\"P1M\")", "\"2025-02-28\"")]
    [InlineData("date(\"2025-09-26\") - duration(\"P1Y\")", "\"2024-09-26\"")]
    [InlineData("@\"2025-09-26T09:00:00\" + duration(\"PT1H30M\")", "\"2025-09-26T10:30:00\"")]
    [InlineData("@\"2025-09-26T09:00:00+08:00\" + duration(\"P1D\")", "\"2025-09-27T09:00:00\\u002B08:00\"")]
    [InlineData("@\"2025-09-28T09:00:00\" - @\"2025-09-26T08:00:00\"", "\"P2DT1H\"")]
    [InlineData("date(\"2025-10-03\") - date(\"2025-09-26\")", "\"P7D\"")]
    [InlineData("duration(\"P1D\") * 3", "\"P3D\"")]
    [InlineData("2 * duration(\"PT1H\")", "\"PT2H\"")]
    [InlineData("duration(\"P1Y\") * 2", "\"P2Y\"")]
    [InlineData("duration(\"P1D\") + duration(\"PT12H\")", "\"P1DT12H\"")]
    [InlineData("duration(\"P2D\") / duration(\"P1D\")", "2")]
    [InlineData("time(\"09:00:00\") + duration(\"PT30M\")", "\"09:30:00\"")]
    [InlineData("-duration(\"P1D\")", "\"-P1D\"")]
    [InlineData("date(\"2025-01-01\") < date(\"2025-01-02\")", "true")]
    [InlineData("date(\"2025-01-01\") = @\"2025-01-01\"", "true")]
    [InlineData("duration(\"PT24H\") = duration(\"P1D\")", "true")]
    [InlineData("date(\"2025-01-01\") < 5", "null")]
    [InlineData("@\"2025-09-26T09:00:00+08:00\" = @\"2025-09-26T01:00:00Z\"", "true")]
    [InlineData("years and months duration(date(\"2024-01-15\"), date(\"2025-03-14\"))", "\"P1Y1M\"")]
    public void Arithmetic(string feel, string expected) => Assert.Equal(expected, EvalJson(feel));

    [Theory]
    [InlineData("date(\"2025-09-26\").year", "2025")]
    [InlineData("date(\"2025-09-26\").month", "9")]
    [InlineData("date(\"2025-09-26\").day", "26")]
    [InlineData("date(\"2025-09-26\").weekday", "5")]
    [InlineData("@\"2025-09-26T09:10:11\".hour", "9")]
    [InlineData("@\"2025-09-26T09:10:11\".minute", "10")]
    [InlineData("@\"2025-09-26T09:10:11\".second", "11")]
    [InlineData("time(\"09:10:11\").hour", "9")]
    [InlineData("duration(\"P2DT3H\").days", "2")]
    [InlineData("duration(\"P2DT3H\").hours", "3")]
    [InlineData("duration(\"P1Y2M\").years", "1")]
    [InlineData("duration(\"P1Y2M\").months", "2")]
    [InlineData("day of week(date(\"2025-09-26\"))", "\"Friday\"")]
    [InlineData("day of year(date(\"2025-02-01\"))", "32")]
    [InlineData("week of year(date(\"2025-09-26\"))", "39")]
    [InlineData("month of year(date(\"2025-09-26\"))", "\"September\"")]
    public void Properties(string feel, string expected) => Assert.Equal(expected, EvalJson(feel));

    [Fact]
    public void NowAndTodayComeFromTheEngineClock()
    {
        // 2025-10-13T01:30Z is 09:30 in Shanghai; late on the 13th in UTC is already the 14th locally.
        Assert.Equal(new DateTimeOffset(2025, 10, 13, 9, 30, 0, TimeSpan.FromHours(8)), Eval("now()"));
        Assert.Equal(new DateOnly(2025, 10, 13), Eval("today()"));

        Clock.SetUtcNow(new DateTimeOffset(2025, 10, 13, 20, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2025, 10, 14), Eval("today()"));
        Assert.Equal(true, Eval("now() > @\"2025-10-14T03:00:00+08:00\""));
        Assert.Equal("2025-10-21", FeelValues.ToJson(Eval("today() + duration(\"P7D\")"))!.GetValue<string>());
    }

    [Fact]
    public void DeadlineComparisonWithVariables() =>
        Assert.Equal(true, Eval("date(立案日期) + duration(\"P30D\") > today()", "{\"立案日期\":\"2025-10-01\"}"));
}
