using System.Text.Json.Nodes;
using Bpm.Engine.Activities;
using Bpm.Server.Identity.Storage;

using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Identity.Activities;

/// <summary>The yearly training and reviewer-share check over the people directory's records: an agency with a team below
/// it, three officers (one compliant, one with too few sessions, one in the team with too few hours), one reviewer, and
/// people and records that must not count (an inactive officer, another agency's officer, last year's training).</summary>
public abstract class TrainingComplianceCheckActivityTests<TDatabase> where TDatabase : IServerDatabase
{
    private const string Type = "bpm:training-compliance-check";

    private static Task<IdentityModuleHost> StartAsync() => PeopleDirectorySeed.StartAsync<TDatabase>(db =>
    {
        db.OrgUnits.AddRange(PeopleDirectorySeed.Unit("t-city", "市", null, "city"), PeopleDirectorySeed.Unit("t-agency", "市场监管局", "t-city", "department"),
            PeopleDirectorySeed.Unit("t-team", "稽查队", "t-agency", "unit"), PeopleDirectorySeed.Unit("t-other", "另一机关", "t-city", "department"));
        db.AddUser("ok", "t-agency", "officer");
        db.AddUser("few", "t-agency", "officer");
        db.AddUser("short", "t-team", "officer");
        db.AddUser("rev", "t-agency", "reviewer");
        db.AddUser("gone", "t-agency", "officer", active: false);
        db.AddUser("elsewhere", "t-other", "officer");
        void Trained(string name, int sessions, double hoursEach, int year = 2025)
        {
            for (var i = 0; i < sessions; i++)
                db.Trainings.Add(new TrainingEntity { Username = name, Session = $"培训{i}", Date = new DateOnly(year, 3 + i, 10), Hours = hoursEach });
        }
        Trained("ok", 3, 14);        // 3 sessions, 42 h
        Trained("few", 2, 24);       // 2 sessions, 48 h
        Trained("few", 5, 10, 2024); // last year: does not count
        Trained("short", 3, 10);     // 3 sessions, 30 h
    });

    private static Task<ActivityResult> CheckAsync(IdentityModuleHost e, JsonObject inputs)
    {
        inputs["organisationId"] ??= "t-agency";
        inputs["year"] ??= 2025;
        return e.InvokeAsync(Type, inputs);
    }

    [Fact]
    public async Task Officers_short_of_sessions_or_hours_are_listed_with_the_reason()
    {
        await using var e = await StartAsync();

        var result = (await CheckAsync(e, new JsonObject())).Variables;

        Assert.False((bool)result["compliant"]!);
        Assert.Equal(3, (int)result["enforcementStaff"]!);
        Assert.Equal(1, (int)result["legalReviewers"]!);
        Assert.Equal(33.33m, (decimal)result["reviewerPercent"]!);
        var shortfalls = result["shortfalls"]!.AsArray().Select(s => s!.AsObject()).ToList();
        Assert.Equal(["few", "short"], shortfalls.Select(s => (string)s["officer"]!));
        Assert.Equal("2025年参加培训 2 次，少于 3 次", (string)shortfalls[0]["reason"]!);
        Assert.Equal("2025年培训 30 学时，少于 40 学时", (string)shortfalls[1]["reason"]!);
        Assert.Equal(2, result["problems"]!.AsArray().Count);
    }

    [Fact]
    public async Task Without_subunits_and_with_lower_thresholds_the_agency_complies()
    {
        await using var e = await StartAsync();

        var result = (await CheckAsync(e, new JsonObject { ["includeSubunits"] = false, ["minimumSessions"] = 2 })).Variables;

        Assert.True((bool)result["compliant"]!);
        Assert.Equal(2, (int)result["enforcementStaff"]!);
        Assert.Empty(result["shortfalls"]!.AsArray());
    }

    [Fact]
    public async Task Too_few_legal_reviewers_is_a_problem()
    {
        await using var e = await StartAsync();

        var result = (await CheckAsync(e, new JsonObject { ["minimumSessions"] = 0, ["minimumHours"] = 0, ["minimumReviewerPercent"] = 50 })).Variables;

        Assert.False((bool)result["compliant"]!);
        Assert.Equal("法制审核人员 1 人，占执法人员 3 人的 33.33%，低于 50%", (string)Assert.Single(result["problems"]!.AsArray())!);
    }

    [Fact]
    public async Task A_missing_organisation_is_refused_naming_the_input()
    {
        await using var e = await StartAsync();

        var error = await Assert.ThrowsAsync<ActivityInputException>(() => CheckAsync(e, new JsonObject { ["organisationId"] = " " }));

        Assert.Contains("input 'organisationId'", error.Message);
    }
}

public sealed class TrainingComplianceCheckActivitySqliteTests : TrainingComplianceCheckActivityTests<Sqlite>;
public sealed class TrainingComplianceCheckActivityPostgresTests : TrainingComplianceCheckActivityTests<Postgres>;
