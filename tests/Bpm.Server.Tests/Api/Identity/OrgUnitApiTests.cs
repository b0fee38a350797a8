using System.Net;
using System.Net.Http.Json;
using System.Text;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api.Identity;

public abstract class OrgUnitApiTests(BpmServerFactory factory) : IdentityApiTestBase(factory)
{
    [Fact]
    public async Task Lists_the_demo_tree_with_id_name_parent_and_kind()
    {
        var items = (await Client.GetItemsAsync("/api/org-units")).Select(n => n!.AsObject()).ToList();
        var bureau = Assert.Single(items, i => i["id"]!.GetValue<string>() == "410100-SCJGJ");
        Assert.Equal("郑州市市场监督管理局", bureau["name"]!.GetValue<string>());
        Assert.Equal("410100", bureau["parentId"]!.GetValue<string>());
        Assert.Equal("department", bureau["kind"]!.GetValue<string>());
        var province = Assert.Single(items, i => i["id"]!.GetValue<string>() == "410000");
        Assert.Null(province["parentId"]);
        Assert.Contains(items, i => i["name"]!.GetValue<string>() == "中牟县司法局");
    }

    [Fact]
    public async Task Creating_a_unit_answers_201_lists_it_and_audits_it()
    {
        var id = UniqueName("410105-");
        var response = await Client.PostAsJsonAsync("/api/org-units", new { id, name = "金水区市场监督管理局执法大队", parentId = "410105-SCJGJ", kind = "unit" });
        var created = await response.ReadJsonObjectAsync(HttpStatusCode.Created);
        Assert.Equal(id, created["id"]!.GetValue<string>());
        Assert.Equal($"/api/org-units/{id}", response.Headers.Location!.OriginalString);
        Assert.Contains(await Client.GetItemsAsync("/api/org-units"), n => n!["id"]!.GetValue<string>() == id);
        Assert.Equal("unit", (await Client.GetObjectAsync(response.Headers.Location.OriginalString))["kind"]!.GetValue<string>());
        await (await Client.GetAsync("/api/org-units/NO-SUCH")).ReadProblemAsync(HttpStatusCode.NotFound);

        var audit = Assert.Single(await AuditAsync("org-unit", id));
        Assert.Equal("org-unit.created", audit["action"]!.GetValue<string>());
        Assert.Equal("admin", audit["actor"]!.GetValue<string>());
        Assert.Null(audit["before"]);
        Assert.Equal("410105-SCJGJ", audit["after"]!["parentId"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"id":"X-1","name":"某处","parentId":"NO-SUCH-UNIT","kind":"unit"}""", "parentId")]
    [InlineData("""{"id":"X-2","name":"某处","parentId":"410100","kind":"bureau"}""", "kind")]
    [InlineData("""{"id":"X-3","parentId":"410100","kind":"unit"}""", "name")]
    [InlineData("""{"name":"某处","parentId":"410100","kind":"unit"}""", "id")]
    [InlineData("""{"id":"X 4","name":"某处","parentId":"410100","kind":"unit"}""", "id")]
    [InlineData("""{"id":"X-5","name":"某市","kind":"city"}""", "parentId")]
    [InlineData("""[]""", "body")]
    public async Task Invalid_units_are_400_naming_the_field(string json, string field)
    {
        var response = await Client.PostAsync("/api/org-units", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(field, problem["field"]!.GetValue<string>());
        Assert.DoesNotContain(await Client.GetItemsAsync("/api/org-units"), n => n!["id"]!.GetValue<string>().StartsWith("X-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_duplicate_id_is_409()
    {
        var response = await Client.PostAsJsonAsync("/api/org-units", new { id = "410100", name = "郑州市", parentId = "410000", kind = "city" });
        await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Single(await AuditAsync("org-unit", "410100"));
    }

    [Fact]
    public async Task Only_administrators_may_read_or_add_units()
    {
        using var officer = await OfficerClientAsync();
        await (await officer.GetAsync("/api/org-units")).ReadProblemAsync(HttpStatusCode.Forbidden);
        var response = await officer.PostAsJsonAsync("/api/org-units", new { id = "Y-1", name = "某处", parentId = "410100", kind = "unit" });
        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await Factory.CreateClient().GetAsync("/api/org-units")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.DoesNotContain(await Client.GetItemsAsync("/api/org-units"), n => n!["id"]!.GetValue<string>() == "Y-1");
    }
}
