using System.Net;
using System.Net.Http.Json;
using System.Text;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api.Identity;

/// <summary>Certificates, legal qualification and training records of a user.</summary>
public abstract class UserRecordApiTests(BpmServerFactory factory) : IdentityApiTestBase(factory)
{
    [Fact]
    public async Task A_certificate_is_added_shown_with_the_user_and_audited()
    {
        var username = await CreateUserAsync();
        var number = UniqueName("C");
        var response = await Client.PostAsJsonAsync($"/api/users/{username}/certificates", Certificate(number, "2025-01-01", "2029-12-31"));
        var created = await response.ReadJsonObjectAsync(HttpStatusCode.Created);
        Assert.Equal("valid", created["status"]!.GetValue<string>());
        Assert.Equal("2029-12-31", created["validTo"]!.GetValue<string>());

        var certificate = Assert.Single((await Client.GetObjectAsync($"/api/users/{username}"))["certificates"]!.AsArray())!;
        Assert.Equal(number, certificate["number"]!.GetValue<string>());
        Assert.Equal("河南省行政执法证", certificate["type"]!.GetValue<string>());
        Assert.Equal("河南省人民政府", certificate["issuedBy"]!.GetValue<string>());
        Assert.Equal("2025-01-01", certificate["validFrom"]!.GetValue<string>());

        var audit = (await AuditAsync("user", username))[0];
        Assert.Equal("certificate.added", audit["action"]!.GetValue<string>());
        Assert.Equal(number, audit["after"]!["number"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"number":"N1","type":"河南省行政执法证","issuedBy":"河南省人民政府","validFrom":"2026-01-01","validTo":"2025-12-31","status":"valid"}""", "validTo")]
    [InlineData("""{"number":"N1","type":"河南省行政执法证","issuedBy":"河南省人民政府","validFrom":"2026-01-01","validTo":"2030-12-31","status":"lost"}""", "status")]
    [InlineData("""{"number":"N1","type":"河南省行政执法证","issuedBy":"河南省人民政府","validFrom":"2026-13-01","validTo":"2030-12-31"}""", "validFrom")]
    [InlineData("""{"type":"河南省行政执法证","issuedBy":"河南省人民政府","validFrom":"2026-01-01","validTo":"2030-12-31"}""", "number")]
    [InlineData("""{"number":"N/1","type":"河南省行政执法证","issuedBy":"河南省人民政府","validFrom":"2026-01-01","validTo":"2030-12-31"}""", "number")]
    [InlineData("""{"number":"N1","issuedBy":"河南省人民政府","validFrom":"2026-01-01","validTo":"2030-12-31"}""", "type")]
    [InlineData("""{"number":"N1","type":"河南省行政执法证","validFrom":"2026-01-01","validTo":"2030-12-31"}""", "issuedBy")]
    public async Task Invalid_certificates_are_400_naming_the_field(string json, string field)
    {
        var username = await CreateUserAsync();
        var response = await Client.PostAsync($"/api/users/{username}/certificates", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(field, problem["field"]!.GetValue<string>());
        Assert.Empty((await Client.GetObjectAsync($"/api/users/{username}"))["certificates"]!.AsArray());
    }

    [Theory]
    [InlineData("聘用")]
    [InlineData("临时")]
    [InlineData("劳动合同")]
    public async Task Staff_not_in_an_established_post_cannot_hold_a_certificate(string employmentType)
    {
        var username = await CreateUserAsync(employmentType);
        var response = await Client.PostAsJsonAsync($"/api/users/{username}/certificates", Certificate(UniqueName("C")));
        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("only-permanent-staff-hold-certificates", problem["rule"]!.GetValue<string>());
        Assert.Contains("《河南省行政执法证件管理办法》", problem["law"]!.GetValue<string>());
        Assert.Contains("令第180号", problem["law"]!.GetValue<string>());
        Assert.Contains(employmentType, problem["detail"]!.GetValue<string>());
        Assert.Empty((await Client.GetObjectAsync($"/api/users/{username}"))["certificates"]!.AsArray());
        Assert.Single(await AuditAsync("user", username));
    }

    [Fact]
    public async Task A_certificate_holder_cannot_become_contract_staff_until_it_is_revoked()
    {
        var username = await CreateUserAsync();
        var number = UniqueName("C");
        await (await Client.PostAsJsonAsync($"/api/users/{username}/certificates", Certificate(number))).ReadJsonObjectAsync(HttpStatusCode.Created);

        var problem = await (await Client.PutAsJsonAsync($"/api/users/{username}", new { employmentType = "聘用" })).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("employmentType", problem["field"]!.GetValue<string>());
        Assert.Equal("在编", (await Client.GetObjectAsync($"/api/users/{username}"))["employmentType"]!.GetValue<string>());

        await (await Client.PutAsJsonAsync($"/api/users/{username}/certificates/{number}", new { status = "revoked" })).ReadJsonObjectAsync(HttpStatusCode.OK);
        await (await Client.PutAsJsonAsync($"/api/users/{username}", new { employmentType = "聘用" })).ReadJsonObjectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Duplicate_numbers_and_unknown_users_are_409_and_404()
    {
        var username = await CreateUserAsync();
        var response = await Client.PostAsJsonAsync($"/api/users/{username}/certificates", Certificate("41010024000101"));
        await response.ReadProblemAsync(HttpStatusCode.Conflict);
        await (await Client.PostAsJsonAsync("/api/users/nobody-here/certificates", Certificate(UniqueName("C")))).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await Client.PutAsJsonAsync($"/api/users/{username}/certificates/NO-SUCH", new { status = "suspended" })).ReadProblemAsync(HttpStatusCode.NotFound);
        // Another user's certificate is not found under this user.
        await (await Client.PutAsJsonAsync($"/api/users/{username}/certificates/41010024000101", new { status = "suspended" })).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Suspend_restore_and_revoke_are_audited_and_revocation_is_final()
    {
        var username = await CreateUserAsync();
        var number = UniqueName("C");
        await (await Client.PostAsJsonAsync($"/api/users/{username}/certificates", Certificate(number))).ReadJsonObjectAsync(HttpStatusCode.Created);
        var url = $"/api/users/{username}/certificates/{number}";

        Assert.Equal("suspended", (await (await Client.PutAsJsonAsync(url, new { status = "suspended" })).ReadJsonObjectAsync(HttpStatusCode.OK))["status"]!.GetValue<string>());
        Assert.Equal("valid", (await (await Client.PutAsJsonAsync(url, new { status = "valid" })).ReadJsonObjectAsync(HttpStatusCode.OK))["status"]!.GetValue<string>());
        Assert.Equal("revoked", (await (await Client.PutAsJsonAsync(url, new { status = "revoked" })).ReadJsonObjectAsync(HttpStatusCode.OK))["status"]!.GetValue<string>());
        await (await Client.PutAsJsonAsync(url, new { status = "valid" })).ReadProblemAsync(HttpStatusCode.Conflict);
        var problem = await (await Client.PutAsJsonAsync(url, new { status = "paused" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("status", problem["field"]!.GetValue<string>());

        var changes = (await AuditAsync("user", username)).Where(a => a["action"]!.GetValue<string>() == "certificate.status-changed").Reverse()
            .Select(a => $"{a["before"]!["status"]}->{a["after"]!["status"]}").ToList();
        Assert.Equal(["valid->suspended", "suspended->valid", "valid->revoked"], changes);
        Assert.Equal("revoked", (await Client.GetObjectAsync($"/api/users/{username}"))["certificates"]![0]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Qualification_is_recorded_then_replaced_and_audited()
    {
        var username = await CreateUserAsync(roles: ["reviewer"]);
        var first = await (await Client.PostAsJsonAsync($"/api/users/{username}/qualification", new { number = "A20204101000999", obtainedOn = "2020-12-20" }))
            .ReadJsonObjectAsync(HttpStatusCode.Created);
        Assert.Equal("A20204101000999", first["number"]!.GetValue<string>());
        await (await Client.PostAsJsonAsync($"/api/users/{username}/qualification", new { number = "A20214101000001", obtainedOn = "2021-12-20" }))
            .ReadJsonObjectAsync(HttpStatusCode.OK);

        var qualification = (await Client.GetObjectAsync($"/api/users/{username}"))["qualification"]!;
        Assert.Equal("A20214101000001", qualification["number"]!.GetValue<string>());
        Assert.Equal("2021-12-20", qualification["obtainedOn"]!.GetValue<string>());
        var audit = (await AuditAsync("user", username))[0];
        Assert.Equal("qualification.recorded", audit["action"]!.GetValue<string>());
        Assert.Equal("A20204101000999", audit["before"]!["number"]!.GetValue<string>());

        var problem = await (await Client.PostAsJsonAsync($"/api/users/{username}/qualification", new { number = "A1", obtainedOn = "2999-01-01" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("obtainedOn", problem["field"]!.GetValue<string>());
        problem = await (await Client.PostAsJsonAsync($"/api/users/{username}/qualification", new { obtainedOn = "2020-01-01" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("number", problem["field"]!.GetValue<string>());
        await (await Client.PostAsJsonAsync("/api/users/nobody-here/qualification", new { number = "A1", obtainedOn = "2020-01-01" })).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Trainings_are_recorded_once_per_session_and_date()
    {
        var username = await CreateUserAsync();
        var training = new { session = "2026年行政执法证件年审培训", date = "2026-05-12", hours = 6.5 };
        var created = await (await Client.PostAsJsonAsync($"/api/users/{username}/trainings", training)).ReadJsonObjectAsync(HttpStatusCode.Created);
        Assert.Equal(6.5, created["hours"]!.GetValue<double>());
        await (await Client.PostAsJsonAsync($"/api/users/{username}/trainings", training)).ReadProblemAsync(HttpStatusCode.Conflict);

        var trainings = (await Client.GetObjectAsync($"/api/users/{username}"))["trainings"]!.AsArray();
        Assert.Equal("2026-05-12", Assert.Single(trainings)!["date"]!.GetValue<string>());
        Assert.Equal("training.added", (await AuditAsync("user", username))[0]["action"]!.GetValue<string>());

        foreach (var (body, field) in new (object, string)[]
                 {
                     (new { session = "x", date = "2026-05-12", hours = 0 }, "hours"),
                     (new { session = "x", date = "2026-05-12", hours = "8" }, "hours"),
                     (new { session = "x", date = "12/05/2026", hours = 8 }, "date"),
                     (new { date = "2026-05-12", hours = 8 }, "session"),
                 })
        {
            var problem = await (await Client.PostAsJsonAsync($"/api/users/{username}/trainings", body)).ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal(field, problem["field"]!.GetValue<string>());
        }
        await (await Client.PostAsJsonAsync("/api/users/nobody-here/trainings", training)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Non_admins_cannot_change_records_or_read_the_audit_trail()
    {
        using var officer = await OfficerClientAsync();
        await (await officer.PostAsJsonAsync("/api/users/zhangwei/certificates", Certificate(UniqueName("C")))).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await officer.PutAsJsonAsync("/api/users/zhaolei/certificates/41010524000033", new { status = "valid" })).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await officer.PostAsJsonAsync("/api/users/zhangwei/qualification", new { number = "A1", obtainedOn = "2020-01-01" })).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await officer.PostAsJsonAsync("/api/users/zhangwei/trainings", new { session = "x", date = "2026-01-01", hours = 8 })).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await officer.GetAsync("/api/audit?entity=user&id=zhangwei")).ReadProblemAsync(HttpStatusCode.Forbidden);

        var zhangwei = await Client.GetObjectAsync("/api/users/zhangwei");
        Assert.Single(zhangwei["certificates"]!.AsArray());
        Assert.Null(zhangwei["qualification"]);
        Assert.Equal("suspended", (await Client.GetObjectAsync("/api/users/zhaolei"))["certificates"]![0]!["status"]!.GetValue<string>());
        var problem = await (await Client.GetAsync("/api/audit?entity=case")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("entity", problem["field"]!.GetValue<string>());
    }
}
