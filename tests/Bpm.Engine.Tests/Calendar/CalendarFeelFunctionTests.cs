using Bpm.Engine.Calendar;
using Bpm.Engine.Expressions;
using Bpm.Engine.Tests.Expressions;

namespace Bpm.Engine.Tests.Calendar;

/// <summary>The calendar functions as modellers write them, through the FEEL engine.</summary>
public sealed class CalendarFeelFunctionTests
{
    private readonly FeelEngine engine;

    public CalendarFeelFunctionTests()
    {
        engine = new FeelEngine(TestClock.At(new DateTimeOffset(2025, 9, 26, 1, 0, 0, TimeSpan.Zero)));
        var calendar = new BusinessCalendar([
            new CalendarYear("zhengzhou", 2025, 1, null, false,
                [new CalendarEntry("地方节日", [new DateOnly(2025, 10, 13)], [])], "admin", DateTimeOffset.UnixEpoch, "test"),
        ]);
        CalendarFeelFunctions.Register(engine.Functions, calendar);
    }

    private object? Eval(string feel, string variables = "{}") =>
        engine.ParseExpression(feel).Evaluate(Variables.FromJson(variables));

    [Theory]
    [InlineData("addWorkingDays(date(\"2025-09-26\"), 7)", "2025-10-13")]
    [InlineData("addWorkingDays(start: date(\"2025-09-26\"), n: 7)", "2025-10-13")]
    [InlineData("addWorkingDays(date(\"2025-10-13\"), -7)", "2025-09-26")]
    [InlineData("addWorkingDays(date(\"2018-12-28\"), 2)", "2019-01-02")]
    [InlineData("addCalendarDays(date(\"2025-09-30\"), 1)", "2025-10-09")]
    [InlineData("addCalendarDays(date(\"2025-09-16\"), 15)", "2025-10-09")]
    [InlineData("addWorkingDays(decisionDate, 7)", "2025-10-13")]
    [InlineData("addWorkingDays(date(\"2025-09-26\"), 7, \"zhengzhou\")", "2025-10-14")]
    public void Dates_give_dates(string feel, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), Eval(feel, "{\"decisionDate\":\"2025-09-26\"}"));

    [Fact]
    public void Date_times_give_date_times_with_the_same_time_of_day()
    {
        Assert.Equal(new DateTimeOffset(2025, 10, 13, 9, 30, 0, TimeSpan.FromHours(8)),
            Eval("addWorkingDays(date and time(\"2025-09-26T09:30:00+08:00\"), 7)"));
        Assert.Equal(new DateTimeOffset(2025, 10, 13, 9, 30, 0, TimeSpan.FromHours(8)),
            Eval("addWorkingDays(date and time(\"2025-09-26T09:30:00@Asia/Shanghai\"), 7)"));
        var local = Assert.IsType<DateTime>(Eval("addCalendarDays(date and time(\"2025-09-30T17:45:00\"), 1)"));
        Assert.Equal(new DateTime(2025, 10, 9, 17, 45, 0), local);
        Assert.Equal(DateTimeKind.Unspecified, local.Kind);
        Assert.Equal(new DateTimeOffset(2025, 10, 13, 8, 0, 0, TimeSpan.FromHours(8)),
            Eval("addWorkingDays(filedAt, 7)", "{\"filedAt\":\"2025-09-26T08:00:00+08:00\"}"));
    }

    [Theory]
    [InlineData("workingDaysBetween(date(\"2025-09-26\"), date(\"2025-10-13\"))", 7)]
    [InlineData("workingDaysBetween(date(\"2025-10-13\"), date(\"2025-09-26\"))", -7)]
    [InlineData("workingDaysBetween(date and time(\"2025-09-26T23:00:00\"), date(\"2025-10-09\"))", 4)]
    public void Working_days_between_is_a_number(string feel, int expected) => Assert.Equal((decimal)expected, Eval(feel));

    [Theory]
    [InlineData("isWorkingDay(date(\"2025-10-01\"))", false)]
    [InlineData("isWorkingDay(date(\"2025-10-11\"))", true)]
    [InlineData("isWorkingDay(date(\"2025-10-12\"))", false)]
    [InlineData("isWorkingDay(date and time(\"2025-09-28T10:00:00+08:00\"))", true)]
    [InlineData("isWorkingDay(date(\"2025-10-13\"))", true)]
    [InlineData("isWorkingDay(date(\"2025-10-13\"), \"zhengzhou\")", false)]
    public void Is_working_day(string feel, bool expected) => Assert.Equal(expected, Eval(feel));

    [Theory]
    [InlineData("addWorkingDays(\"not a date\", 7)", "参数 'start'")]
    [InlineData("addWorkingDays(date(\"2025-09-26\"), \"7\")", "参数 'n'")]
    [InlineData("addWorkingDays(date(\"2025-09-26\"), 1.5)", "整数天数")]
    [InlineData("addWorkingDays(missing, 7)", "为空")]
    [InlineData("addCalendarDays(date(\"2025-09-26\"))", "参数 'n'")]
    [InlineData("workingDaysBetween(date(\"2025-09-26\"), 3)", "参数 'b'")]
    [InlineData("isWorkingDay(true)", "boolean")]
    public void Bad_arguments_are_evaluation_errors_naming_the_argument(string feel, string message)
    {
        var error = Assert.Throws<FeelEvaluationException>(() => Eval(feel));
        Assert.Contains(message, error.Message);
    }
}
