using System.Net;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Workflows;

/// <summary><c>GET /api/directory</c>, the designer's look-up of people, groups and roles over the demo directory: by name
/// (<c>q</c>) and by the codes a diagram names (<c>codes</c>); designers and admin only, every other role refused by name.</summary>
public abstract class DesignerDirectoryTests(BpmServerFactory factory)
{
    private readonly ScenarioDriver driver = new(factory);

    private async Task<JsonObject> FindAsync(string caller, string query) =>
        await (await (await driver.AsAsync(caller)).GetAsync($"/api/directory{query}")).ReadJsonObjectAsync(HttpStatusCode.OK);

    private static List<string> Codes(JsonObject found, string kind, string field) =>
        found[kind]!.AsArray().Select(x => x![field]!.GetValue<string>()).ToList();

    [Fact]
    public async Task A_designer_finds_a_person_by_chinese_name_with_unit_and_username_only()
    {
        var found = await FindAsync("xufan", $"?q={Uri.EscapeDataString("张伟")}");
        var person = found["people"]!.AsArray().Single()!.AsObject();
        Assert.Equal("zhangwei", person["username"]!.GetValue<string>());
        Assert.Equal("张伟", person["displayName"]!.GetValue<string>());
        Assert.Equal("执法稽查处", person["organisationName"]!.GetValue<string>());
        Assert.Equal(["displayName", "organisationName", "username"], person.Select(p => p.Key).Order());
    }

    [Fact]
    public async Task The_codes_of_a_diagram_resolve_to_names_and_an_unknown_code_is_absent()
    {
        var found = await FindAsync("xufan", "?codes=zhangwei,nobody,zz-scjg-jicha,officer");
        Assert.Equal(["zhangwei"], Codes(found, "people", "username"));
        var group = found["groups"]!.AsArray().Single()!;
        Assert.Equal("zz-scjg-jicha", group["code"]!.GetValue<string>());
        Assert.Equal("市局执法稽查处执法人员", group["name"]!.GetValue<string>());
        Assert.Equal(["执法稽查处"], group["unitNames"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal("执法人员", found["roles"]!.AsArray().Single()!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Groups_and_roles_are_found_by_the_chinese_names_of_their_units_and_roles()
    {
        Assert.Contains("zz-scjg-jicha", Codes(await FindAsync("admin", $"?q={Uri.EscapeDataString("执法稽查")}"), "groups", "code"));
        Assert.Equal(["reviewer"], Codes(await FindAsync("admin", $"?q={Uri.EscapeDataString("法制审核")}"), "roles", "code"));
    }

    /// <summary>Issue 15: groups have Chinese names (docs/people.md), and are found by them.</summary>
    [Fact]
    public async Task A_group_is_found_by_its_chinese_name()
    {
        var found = await FindAsync("xufan", $"?q={Uri.EscapeDataString("执法监督人员")}");
        Assert.Equal(["zm-sfj-jiandu", "zz-sfj-jiandu"], Codes(found, "groups", "code"));
        Assert.Equal(["中牟县司法局执法监督人员", "市司法局执法监督人员"], Codes(found, "groups", "name"));
    }

    [Theory]
    [InlineData("zhangwei")]
    [InlineData("zhoumin")]
    [InlineData("yangfan")]
    [InlineData("guoxiaoyan")]
    public async Task Officers_reviewers_heads_and_supervisors_are_refused_by_the_directory_rule(string caller)
    {
        var refused = await (await (await driver.AsAsync(caller)).GetAsync("/api/directory?q=a")).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("directory-role", refused["rule"]!.GetValue<string>());
        Assert.Contains("只有流程设计人员或管理员", refused["detail"]!.GetValue<string>());
    }
}

public sealed class DesignerDirectorySqliteTests(WorkflowServerFactory<Sqlite> f) : DesignerDirectoryTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class DesignerDirectoryPostgresTests(WorkflowServerFactory<Postgres> f) : DesignerDirectoryTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;
