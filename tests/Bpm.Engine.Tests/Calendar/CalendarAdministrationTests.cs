using Bpm.Engine.Calendar;
using Bpm.Engine.Expressions;
using Bpm.Engine.Persistence;
using Bpm.Engine.Runtime;
using Bpm.Engine.Tests.Expressions;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Bpm.Engine.Tests.Calendar.HolidayTableTests;

namespace Bpm.Engine.Tests.Calendar;

/// <summary>Administrators' edits: stored as new versions with who, when and why, in force at once, listed as history.</summary>
public abstract class CalendarAdministrationTests(DatabaseProvider provider)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);

    private static async Task<(TestDatabase Db, BusinessCalendar Calendar, CalendarAdministration Admin, FeelEngine Feel)> SetUpAsync(DatabaseProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider, configure: services =>
        {
            services.AddSingleton<TimeProvider>(TestClock.At(Now));
            services.AddBpmCalendar(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        });
        var calendar = db.Services.GetRequiredService<BusinessCalendar>();
        var feel = new FeelEngine(TestClock.At(Now), db.Services.GetRequiredService<FeelFunctionRegistry>());
        return (db, calendar, db.Services.GetRequiredService<CalendarAdministration>(), feel);
    }

    private static CalendarYearEdit Year2027(string reason = "国务院办公厅关于2027年部分节假日安排的通知已发布") => new(
        "国务院办公厅关于2027年部分节假日安排的通知", reason, false,
        [
            new CalendarEntry("元旦", [Parse("2027-01-01"), Parse("2027-01-02"), Parse("2027-01-03")], []),
            new CalendarEntry("国庆节", [Parse("2027-10-01"), Parse("2027-10-04"), Parse("2027-10-05")], [Parse("2027-10-09")]),
        ]);

    [Fact]
    public async Task An_edit_creates_version_1_with_audit_fields_and_takes_effect_at_once()
    {
        var (db, calendar, admin, feel) = await SetUpAsync(provider);
        await using var _ = db;
        Assert.True(calendar.Describe(Parse("2027-10-01")).Provisional);
        // The computed year: 1–3 October fall Friday to Sunday, so 4 and 5 October are made up.
        Assert.Equal(DayKind.Holiday, calendar.Describe(Parse("2027-10-04")).Kind);
        Assert.Equal(DayKind.Weekend, calendar.Describe(Parse("2027-10-09")).Kind);
        Assert.Equal(Parse("2027-10-06"), feel.ParseExpression("addCalendarDays(date(\"2027-09-30\"), 4)").Evaluate(Variables.None));

        var saved = await admin.SaveYearAsync(2027, null, Year2027(), "admin", CancellationToken.None);

        Assert.Equal(1, saved.Version);
        Assert.Equal("admin", saved.EditedBy);
        Assert.Equal(Now, saved.EditedAt);
        Assert.Equal("国务院办公厅关于2027年部分节假日安排的通知已发布", saved.Reason);
        var day = calendar.Describe(Parse("2027-10-01"));
        Assert.Equal(DayKind.Holiday, day.Kind);
        Assert.Equal("国庆节", day.Name);
        Assert.False(day.Provisional);
        Assert.Equal(DayKind.MakeupWorkday, calendar.Describe(Parse("2027-10-09")).Kind);
        Assert.Equal(Parse("2027-10-06"), feel.ParseExpression("addCalendarDays(date(\"2027-09-30\"), 4)").Evaluate(Variables.None));

        var shown = await admin.GetYearAsync(2027, null, CancellationToken.None);
        Assert.Equal(1, shown!.Version);
        Assert.Equal(2, shown.Entries.Count);
    }

    [Fact]
    public async Task Correcting_a_built_in_year_adds_a_version_and_history_lists_both()
    {
        var (db, calendar, admin, _) = await SetUpAsync(provider);
        await using var __ = db;
        var builtIn = (await admin.GetYearAsync(2025, null, CancellationToken.None))!;
        Assert.Equal(0, builtIn.Version);
        var corrected = builtIn.Entries.Select(e => e.Name == "端午节"
            ? e with { RestDays = [.. e.RestDays, Parse("2025-06-03")] }
            : e).ToList();

        var first = await admin.SaveYearAsync(2025, "", new CalendarYearEdit(builtIn.Notice, "更正端午节", false, corrected), "zhang", CancellationToken.None);
        var second = await admin.SaveYearAsync(2025, null, new CalendarYearEdit(builtIn.Notice, "撤销更正", false, builtIn.Entries), "li", CancellationToken.None);

        Assert.Equal((1, 2), (first.Version, second.Version));
        var history = await admin.ListVersionsAsync(2025, null, CancellationToken.None);
        Assert.Equal([0, 1, 2], history.Select(v => v.Version));
        Assert.Equal([null, "zhang", "li"], history.Select(v => v.EditedBy));
        Assert.Equal([null, "更正端午节", "撤销更正"], history.Select(v => v.Reason));
        Assert.True(history[0].IsBuiltIn);
        // the latest version wins: 06-03 is a working day again
        Assert.True(calendar.IsWorkingDay(Parse("2025-06-03")));

        // a fresh calendar loading the store sees the same (another node)
        var other = new BusinessCalendar();
        var otherAdmin = new CalendarAdministration(other, db.Services.GetRequiredService<ICalendarStore>(), db.Services.GetRequiredService<TimeProvider>());
        await otherAdmin.RefreshAsync(force: false, CancellationToken.None);
        Assert.True(other.IsWorkingDay(Parse("2025-06-03")));
        Assert.False(await otherAdmin.RefreshAsync(force: false, CancellationToken.None));
    }

    [Fact]
    public async Task An_organisation_gets_its_own_versions_on_top_of_the_national_calendar()
    {
        var (db, calendar, admin, feel) = await SetUpAsync(provider);
        await using var _ = db;
        var edit = new CalendarYearEdit(null, "地方节日", false, [new CalendarEntry("地方节日", [Parse("2025-10-13")], [])]);

        var saved = await admin.SaveYearAsync(2025, "luoyang", edit, "admin", CancellationToken.None);

        Assert.Equal(1, saved.Version);
        Assert.Equal("luoyang", saved.OrganisationId);
        Assert.Equal(DayKind.Holiday, calendar.Describe(Parse("2025-10-13"), "luoyang").Kind);
        Assert.True(calendar.IsWorkingDay(Parse("2025-10-13")));
        Assert.Equal(Parse("2025-10-14"), feel.ParseExpression("addWorkingDays(date(\"2025-09-26\"), 7, \"luoyang\")").Evaluate(Variables.None));
        Assert.Equal(0, (await admin.ListVersionsAsync(2025, null, CancellationToken.None)).Single().Version);
        Assert.Equal([1], (await admin.ListVersionsAsync(2025, "luoyang", CancellationToken.None)).Select(v => v.Version));
    }

    /// <summary>The tests of this class that do not run on each database: they run once.</summary>
    public sealed class WithoutDatabase
    {
        [Theory]
        [InlineData("reason", "")]
        [InlineData("entries[0].name", "name")]
        [InlineData("entries[1].restDays[0]", "outside")]
        [InlineData("entries[1].makeupWorkdays[0]", "both")]
        [InlineData("entries[1].makeupWorkdays[0]", "weekday")]
        [InlineData("year", "year")]
        public async Task Invalid_edits_are_refused_naming_the_field(string field, string problem)
        {
            await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, configure: services =>
                services.AddBpmCalendar(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()));
            var admin = db.Services.GetRequiredService<CalendarAdministration>();
            var ok = new CalendarEntry("元旦", [Parse("2026-12-31"), Parse("2027-01-01")], []);
            CalendarEntry second = problem switch
            {
                "outside" => new CalendarEntry("春节", [Parse("2027-03-01").AddYears(1)], []),
                "both" => new CalendarEntry("春节", [], [Parse("2027-01-01")]),
                "weekday" => new CalendarEntry("春节", [], [Parse("2027-02-03")]),
                _ => new CalendarEntry("春节", [Parse("2027-02-06")], [Parse("2027-02-13")]),
            };
            var edit = new CalendarYearEdit("通知", problem == "" ? " " : "reason", false,
                [problem == "name" ? ok with { Name = " " } : ok, second]);
            var year = problem == "year" ? 1999 : 2027;

            var error = await Assert.ThrowsAsync<InvalidCommandException>(() => admin.SaveYearAsync(year, null, edit, "admin", CancellationToken.None));
            Assert.Equal(field, error.Field);
            Assert.Empty(await db.Services.GetRequiredService<ICalendarStore>().LoadLatestAsync(CancellationToken.None));
        }
    }
}

public sealed class CalendarAdministrationSqliteTests() : CalendarAdministrationTests(DatabaseProvider.Sqlite);
public sealed class CalendarAdministrationPostgresTests() : CalendarAdministrationTests(DatabaseProvider.Postgres);
