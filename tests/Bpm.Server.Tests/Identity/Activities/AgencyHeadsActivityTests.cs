using System.Text.Json.Nodes;
using Bpm.Engine.Activities;

using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Identity.Activities;

/// <summary>The members of a 负责人集体讨论: the handling unit's agency (the unit itself or its nearest department) and that
/// agency's own active heads — not the head of the handling sub-unit.</summary>
public abstract class AgencyHeadsActivityTests<TDatabase> where TDatabase : IServerDatabase
{
    private const string Type = "bpm:agency-heads";

    private static Task<IdentityModuleHost> StartAsync() => PeopleDirectorySeed.StartAsync<TDatabase>(db =>
    {
        db.OrgUnits.AddRange(PeopleDirectorySeed.Unit("h-city", "市", null, "city"),
            PeopleDirectorySeed.Unit("h-city-a", "市市场监管局", "h-city", "department"), PeopleDirectorySeed.Unit("h-city-a-team", "稽查处", "h-city-a", "unit"));
        db.AddUser("head-b", "h-city-a", "head");
        db.AddUser("head-a", "h-city-a", "head");
        db.AddUser("head-gone", "h-city-a", "head", active: false);
        db.AddUser("head-team", "h-city-a-team", "head");
        db.AddUser("head-city", "h-city", "head");
    });

    [Fact]
    public async Task A_sub_units_agency_is_its_nearest_department_with_that_departments_own_active_heads()
    {
        await using var e = await StartAsync();

        foreach (var unit in new[] { "h-city-a-team", "h-city-a" })
        {
            var result = await e.InvokeAsync(Type, new JsonObject { ["organisationId"] = unit });
            Assert.Equal("h-city-a", result.Variables["agencyId"]!.GetValue<string>());
            Assert.Equal("市市场监管局", result.Variables["agencyName"]!.GetValue<string>());
            Assert.Equal(["head-a", "head-b"], result.Variables["heads"]!.AsArray().Select(h => h!["username"]!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task A_unit_under_no_department_is_an_input_error_naming_organisationId()
    {
        await using var e = await StartAsync();

        var error = await Assert.ThrowsAsync<ActivityInputException>(() => e.InvokeAsync(Type, new JsonObject { ["organisationId"] = "h-city" }));
        Assert.Equal("organisationId", error.InputName);
    }
}

public sealed class AgencyHeadsActivitySqliteTests : AgencyHeadsActivityTests<Sqlite>;
public sealed class AgencyHeadsActivityPostgresTests : AgencyHeadsActivityTests<Postgres>;
