using System.Text.Json.Nodes;
using Bpm.Engine.Activities;

using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Identity.Activities;

/// <summary>Listing the agencies for a per-agency process: units of one kind, optionally under one unit, each with its own
/// active heads (a head of a sub-unit or an inactive head does not count).</summary>
public abstract class OrganisationUnitsActivityTests<TDatabase> where TDatabase : IServerDatabase
{
    private const string Type = "bpm:organisation-units";

    private static Task<IdentityModuleHost> StartAsync() => PeopleDirectorySeed.StartAsync<TDatabase>(db =>
    {
        db.OrgUnits.AddRange(PeopleDirectorySeed.Unit("o-city", "市", null, "city"), PeopleDirectorySeed.Unit("o-city-b", "市司法局", "o-city", "department"),
            PeopleDirectorySeed.Unit("o-city-a", "市市场监管局", "o-city", "department"), PeopleDirectorySeed.Unit("o-city-a-team", "稽查处", "o-city-a", "unit"),
            PeopleDirectorySeed.Unit("o-county", "县", "o-city", "county"), PeopleDirectorySeed.Unit("o-county-a", "县市场监管局", "o-county", "department"));
        db.AddUser("head-a", "o-city-a", "head");
        db.AddUser("head-a2", "o-city-a", "head");
        db.AddUser("head-gone", "o-city-a", "head", active: false);
        db.AddUser("head-team", "o-city-a-team", "head");
        db.AddUser("officer-a", "o-city-a", "officer");
        db.AddUser("head-county", "o-county-a", "head");
    });

    private static async Task<List<(string Id, string Name, string[] Heads)>> ListAsync(IdentityModuleHost e, JsonObject inputs)
    {
        var result = await e.InvokeAsync(Type, inputs);
        return result.Variables["organisationUnits"]!.AsArray().Select(u => (u!["id"]!.GetValue<string>(), u["name"]!.GetValue<string>(),
            u["heads"]!.AsArray().Select(h => h!.GetValue<string>()).ToArray())).ToList();
    }

    [Fact]
    public async Task Departments_are_listed_by_id_with_their_own_active_heads()
    {
        await using var e = await StartAsync();

        var units = await ListAsync(e, new JsonObject());

        Assert.Equal(["o-city-a", "o-city-b", "o-county-a"], units.Select(u => u.Id));
        Assert.Equal(["head-a", "head-a2"], units[0].Heads);
        Assert.Empty(units[1].Heads);
        Assert.Equal(["head-county"], units[2].Heads);
        Assert.Equal("市市场监管局", units[0].Name);
    }

    [Fact]
    public async Task Under_limits_the_list_to_that_unit_and_below_and_kind_selects_other_levels()
    {
        await using var e = await StartAsync();

        Assert.Equal(["o-county-a"], (await ListAsync(e, new JsonObject { ["under"] = "o-county" })).Select(u => u.Id));
        Assert.Equal(["o-city-a-team"], (await ListAsync(e, new JsonObject { ["kind"] = "unit" })).Select(u => u.Id));
        Assert.Empty(await ListAsync(e, new JsonObject { ["kind"] = "unit", ["under"] = "o-county" }));
    }

    [Fact]
    public async Task An_unknown_kind_is_an_input_error_naming_kind()
    {
        await using var e = await StartAsync();

        var error = await Assert.ThrowsAsync<ActivityInputException>(() => e.InvokeAsync(Type, new JsonObject { ["kind"] = "agency" }));
        Assert.Equal("kind", error.InputName);
        Assert.Contains("department", error.Message);
    }
}

public sealed class OrganisationUnitsActivitySqliteTests : OrganisationUnitsActivityTests<Sqlite>;
public sealed class OrganisationUnitsActivityPostgresTests : OrganisationUnitsActivityTests<Postgres>;
