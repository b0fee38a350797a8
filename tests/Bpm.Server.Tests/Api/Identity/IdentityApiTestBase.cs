using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api.Identity;

/// <summary>Identity API tests share one server per class with the demo data seeded; each test makes its own users.</summary>
public abstract class IdentityApiTestBase(BpmServerFactory factory) : ApiTestBase(factory)
{
    public const string DemoPassword = "Demo@2026";
    public const string Password = "Str0ng!pass";
    public const string Inspection = "410100-SCJGJ-ZFJCC";

    protected static string UniqueName(string prefix = "u") => $"{prefix}{Guid.NewGuid():N}"[..16];

    /// <summary>A real token of a demo officer (no admin role).</summary>
    protected Task<HttpClient> OfficerClientAsync() => Factory.CreateAuthenticatedClientAsync("zhangwei", DemoPassword);

    protected async Task<string> CreateUserAsync(string employmentType = "在编", string[]? roles = null, string? username = null)
    {
        username ??= UniqueName();
        var response = await Client.PostAsJsonAsync("/api/users", new
        {
            username, password = Password, displayName = "测试用户", organisationId = Inspection,
            roles = roles ?? ["officer"], groups = new[] { "zz-scjg-jicha" }, employmentType,
        });
        await response.ReadJsonObjectAsync(HttpStatusCode.Created);
        return username;
    }

    protected static object Certificate(string number, string validFrom = "2025-01-01", string validTo = "2029-12-31", string status = "valid") =>
        new { number, type = "河南省行政执法证", issuedBy = "河南省人民政府", validFrom, validTo, status };

    /// <summary>The user's audit records, newest first.</summary>
    protected async Task<List<JsonObject>> AuditAsync(string entity, string id) =>
        (await Client.GetItemsAsync($"/api/audit?entity={entity}&id={Uri.EscapeDataString(id)}")).Select(n => n!.AsObject()).ToList();
}
