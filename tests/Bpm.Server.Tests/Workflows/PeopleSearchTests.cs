using System.Net;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Workflows;

/// <summary><c>GET /api/people</c>, the user pickers' search, over the demo people: each caller finds the people of their area
/// (the level of government their unit belongs to, and below), by name, username or unit name, and by role.</summary>
public abstract class PeopleSearchTests(BpmServerFactory factory)
{
    private readonly ScenarioDriver driver = new(factory);

    private async Task<List<string>> FindAsync(string caller, string query) =>
        (await (await driver.AsAsync(caller)).GetItemsAsync($"/api/people{query}")).Select(p => p!["username"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task A_city_officer_finds_people_of_the_city_and_its_districts_by_name_unit_or_role()
    {
        Assert.Equal(["wangqiang"], await FindAsync("zhangwei", $"?q={Uri.EscapeDataString("王强")}"));
        Assert.Equal(["xufan", "zhoumin"], await FindAsync("zhangwei", $"?q={Uri.EscapeDataString("法规处")}"));
        Assert.Equal(["wujing", "zhoumin"], await FindAsync("zhangwei", "?role=reviewer"));
        var person = (await (await driver.AsAsync("zhangwei")).GetItemsAsync($"/api/people?q=lina")).Single()!;
        Assert.Equal("李娜", person["displayName"]!.GetValue<string>());
        Assert.Equal("执法稽查处", person["organisationName"]!.GetValue<string>());
        Assert.Equal(["officer"], person["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task A_district_officer_and_a_county_supervisor_find_only_their_own_area_and_an_admin_finds_everyone()
    {
        Assert.Empty(await FindAsync("wangqiang", $"?q={Uri.EscapeDataString("张伟")}"));
        Assert.Equal(["liuyang"], await FindAsync("wangqiang", $"?q={Uri.EscapeDataString("刘洋")}"));
        Assert.Equal(["hewei"], await FindAsync("hewei", ""));
        Assert.Equal(["zhangwei"], await FindAsync("guoxiaoyan", $"?q={Uri.EscapeDataString("张伟")}"));
        Assert.Equal(["hewei"], await FindAsync("admin", $"?q={Uri.EscapeDataString("何伟")}"));
    }

    [Fact]
    public async Task A_designer_is_refused_and_an_unknown_role_is_named()
    {
        var refused = await (await (await driver.AsAsync("xufan")).GetAsync("/api/people?q=a")).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("people-search-role", refused["rule"]!.GetValue<string>());
        var bad = await (await (await driver.AsAsync("zhangwei")).GetAsync("/api/people?role=boss")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("role", bad["field"]!.GetValue<string>());
    }
}
