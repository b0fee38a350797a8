using System.Text.Json.Nodes;
using Bpm.Engine.Activities;

using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Identity.Activities;

/// <summary>The people a form may pick from a unit (a hearing's host): the unit's own active officers and heads by username,
/// not those of other units, not reviewers, not inactive accounts.</summary>
public abstract class UnitOfficersActivityTests<TDatabase> where TDatabase : IServerDatabase
{
    private const string Type = "bpm:unit-officers";

    private static Task<IdentityModuleHost> StartAsync() => PeopleDirectorySeed.StartAsync<TDatabase>(db =>
    {
        db.OrgUnits.AddRange(PeopleDirectorySeed.Unit("o-city", "市市场监管局", null, "department"), PeopleDirectorySeed.Unit("o-team", "稽查处", "o-city", "unit"),
            PeopleDirectorySeed.Unit("o-empty", "空机构", "o-city", "unit"));
        db.AddUser("officer-b", "o-team", "officer");
        db.AddUser("officer-a", "o-team", "officer");
        db.AddUser("head-t", "o-team", "head");
        db.AddUser("reviewer-t", "o-team", "reviewer");
        db.AddUser("officer-gone", "o-team", "officer", active: false);
        db.AddUser("officer-city", "o-city", "officer");
    });

    [Fact]
    public async Task The_units_own_active_officers_and_heads_are_listed_by_username_with_their_names()
    {
        await using var e = await StartAsync();

        var result = await e.InvokeAsync(Type, new JsonObject { ["organisationId"] = "o-team" });
        var officers = result.Variables["officers"]!.AsArray().Select(o => (o!["username"]!.GetValue<string>(), o["displayName"]!.GetValue<string>()));
        Assert.Equal([("head-t", "HEAD-T"), ("officer-a", "OFFICER-A"), ("officer-b", "OFFICER-B")], officers);
    }

    [Fact]
    public async Task A_unit_without_officers_is_an_input_error_naming_organisationId()
    {
        await using var e = await StartAsync();

        var error = await Assert.ThrowsAsync<ActivityInputException>(() => e.InvokeAsync(Type, new JsonObject { ["organisationId"] = "o-empty" }));
        Assert.Equal("organisationId", error.InputName);
    }
}

public sealed class UnitOfficersActivitySqliteTests : UnitOfficersActivityTests<Sqlite>;
public sealed class UnitOfficersActivityPostgresTests : UnitOfficersActivityTests<Postgres>;
