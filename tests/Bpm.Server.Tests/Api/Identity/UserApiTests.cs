using System.Net;
using System.Net.Http.Json;
using System.Text;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api.Identity;

public abstract class UserApiTests(BpmServerFactory factory) : IdentityApiTestBase(factory)
{
    [Fact]
    public async Task A_created_user_reads_back_without_password_and_signs_in_with_its_roles()
    {
        var username = UniqueName();
        var response = await Client.PostAsJsonAsync("/api/users", new
        {
            username, password = Password, displayName = "王五", organisationId = Inspection,
            roles = new[] { "officer", "admin" }, groups = new[] { "zz-scjg-jicha", "night-shift" }, employmentType = "在编",
        });
        var created = await response.ReadJsonObjectAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/users/{username}", response.Headers.Location!.OriginalString);
        Assert.Equal("王五", created["displayName"]!.GetValue<string>());

        var raw = await Client.GetStringAsync($"/api/users/{username}");
        Assert.DoesNotContain("password", raw, StringComparison.OrdinalIgnoreCase);
        var user = await Client.GetObjectAsync($"/api/users/{username}");
        Assert.Equal(Inspection, user["organisationId"]!.GetValue<string>());
        Assert.Equal(["officer", "admin"], user["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["zz-scjg-jicha", "night-shift"], user["groups"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("在编", user["employmentType"]!.GetValue<string>());
        Assert.True(user["active"]!.GetValue<bool>());
        Assert.Null(user["qualification"]);
        Assert.Empty(user["certificates"]!.AsArray());
        Assert.Empty(user["trainings"]!.AsArray());

        // The admin role travels in the token: the new user may use the admin API.
        using var signedIn = await Factory.CreateAuthenticatedClientAsync(username, Password);
        Assert.Equal(username, (await signedIn.GetObjectAsync($"/api/users/{username}"))["username"]!.GetValue<string>());

        var audit = Assert.Single(await AuditAsync("user", username));
        Assert.Equal("user.created", audit["action"]!.GetValue<string>());
        Assert.Equal("admin", audit["actor"]!.GetValue<string>());
        Assert.DoesNotContain("password", audit.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_created_officer_signs_in_but_is_403_on_the_admin_api()
    {
        var username = await CreateUserAsync();
        using var officer = await Factory.CreateAuthenticatedClientAsync(username, Password);
        await (await officer.GetAsync("/api/users")).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/process-definitions")).StatusCode);
    }

    [Theory]
    [InlineData("""{"password":"Str0ng!pass","displayName":"甲","organisationId":"410100","roles":["officer"],"employmentType":"在编"}""", "username")]
    [InlineData("""{"username":"bad name","password":"Str0ng!pass","displayName":"甲","organisationId":"410100","roles":["officer"],"employmentType":"在编"}""", "username")]
    [InlineData("""{"username":"newuser1","displayName":"甲","organisationId":"410100","roles":["officer"],"employmentType":"在编"}""", "password")]
    [InlineData("""{"username":"newuser1","password":"short1!","displayName":"甲","organisationId":"410100","roles":["officer"],"employmentType":"在编"}""", "password")]
    [InlineData("""{"username":"newuser1","password":"alllowercase","displayName":"甲","organisationId":"410100","roles":["officer"],"employmentType":"在编"}""", "password")]
    [InlineData("""{"username":"newuser1","password":"Newuser1!x","displayName":"甲","organisationId":"410100","roles":["officer"],"employmentType":"在编"}""", "password")]
    [InlineData("""{"username":"newuser1","password":"Str0ng!pass","organisationId":"410100","roles":["officer"],"employmentType":"在编"}""", "displayName")]
    [InlineData("""{"username":"newuser1","password":"Str0ng!pass","displayName":"甲","organisationId":"NO-SUCH","roles":["officer"],"employmentType":"在编"}""", "organisationId")]
    [InlineData("""{"username":"newuser1","password":"Str0ng!pass","displayName":"甲","roles":["officer"],"employmentType":"在编"}""", "organisationId")]
    [InlineData("""{"username":"newuser1","password":"Str0ng!pass","displayName":"甲","organisationId":"410100","roles":["janitor"],"employmentType":"在编"}""", "roles")]
    [InlineData("""{"username":"newuser1","password":"Str0ng!pass","displayName":"甲","organisationId":"410100","roles":[],"employmentType":"在编"}""", "roles")]
    [InlineData("""{"username":"newuser1","password":"Str0ng!pass","displayName":"甲","organisationId":"410100","employmentType":"在编"}""", "roles")]
    [InlineData("""{"username":"newuser1","password":"Str0ng!pass","displayName":"甲","organisationId":"410100","roles":["officer"],"groups":[1],"employmentType":"在编"}""", "groups")]
    [InlineData("""{"username":"newuser1","password":"Str0ng!pass","displayName":"甲","organisationId":"410100","roles":["officer"],"employmentType":"外包"}""", "employmentType")]
    [InlineData("""{"username":"newuser1","password":"Str0ng!pass","displayName":"甲","organisationId":"410100","roles":["officer"]}""", "employmentType")]
    public async Task Invalid_users_are_400_naming_the_field(string json, string field)
    {
        var response = await Client.PostAsync("/api/users", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(field, problem["field"]!.GetValue<string>());
        await (await Client.GetAsync("/api/users/newuser1")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_existing_username_is_409_and_keeps_the_old_password()
    {
        var response = await Client.PostAsJsonAsync("/api/users", new
        {
            username = "zhangwei", password = Password, displayName = "冒名", organisationId = Inspection,
            roles = new[] { "admin" }, employmentType = "在编",
        });
        await response.ReadProblemAsync(HttpStatusCode.Conflict);
        using var officer = await OfficerClientAsync();
        Assert.Equal("张伟", (await Client.GetObjectAsync("/api/users/zhangwei"))["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_users_are_404()
    {
        await (await Client.GetAsync("/api/users/nobody-here")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await Client.PutAsJsonAsync("/api/users/nobody-here", new { displayName = "x" })).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Lists_filter_by_organisation_and_role()
    {
        var jinshui = (await Client.GetItemsAsync("/api/users?organisationId=410105-SCJGJ")).Select(u => u!["username"]!.GetValue<string>()).ToList();
        Assert.Contains("wangqiang", jinshui);
        Assert.Contains("wujing", jinshui);
        Assert.DoesNotContain("zhangwei", jinshui);

        var reviewers = (await Client.GetItemsAsync("/api/users?organisationId=410105-SCJGJ&role=reviewer")).Select(u => u!["username"]!.GetValue<string>());
        Assert.Equal(["wujing"], reviewers);
        var supervisors = (await Client.GetItemsAsync("/api/users?role=supervisor")).Select(u => u!["username"]!.GetValue<string>()).ToList();
        Assert.Equal(["guoxiaoyan", "hewei"], supervisors);
        var withCertificates = await Client.GetItemsAsync("/api/users?role=officer");
        Assert.NotEmpty(withCertificates.Single(u => u!["username"]!.GetValue<string>() == "lina")!["certificates"]!.AsArray());

        var problem = await (await Client.GetAsync("/api/users?role=janitor")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("role", problem["field"]!.GetValue<string>());
        using var officer = await OfficerClientAsync();
        await (await officer.GetAsync("/api/users?role=officer")).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await officer.GetAsync("/api/users/zhangwei")).ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Updating_changes_the_fields_given_and_audits_before_and_after()
    {
        var username = await CreateUserAsync();
        var response = await Client.PutAsJsonAsync($"/api/users/{username}", new
        {
            displayName = "改名", organisationId = "410105-SCJGJ", roles = new[] { "reviewer", "head" }, groups = new[] { "js-scjg-fazhi" },
        });
        var updated = await response.ReadJsonObjectAsync(HttpStatusCode.OK);
        Assert.Equal("改名", updated["displayName"]!.GetValue<string>());
        Assert.Equal("410105-SCJGJ", updated["organisationId"]!.GetValue<string>());
        Assert.Equal(["reviewer", "head"], updated["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("在编", updated["employmentType"]!.GetValue<string>());

        var audit = (await AuditAsync("user", username))[0];
        Assert.Equal("user.updated", audit["action"]!.GetValue<string>());
        Assert.Equal(["officer"], audit["before"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["reviewer", "head"], audit["after"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(Inspection, audit["before"]!["organisationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_deactivated_user_cannot_sign_in_until_reactivated()
    {
        var username = await CreateUserAsync();
        await (await Client.PutAsJsonAsync($"/api/users/{username}", new { active = false })).ReadJsonObjectAsync(HttpStatusCode.OK);
        var token = await Factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { username, password = Password });
        await token.ReadProblemAsync(HttpStatusCode.Unauthorized);

        await (await Client.PutAsJsonAsync($"/api/users/{username}", new { active = true, password = "N3w-Secret!" })).ReadJsonObjectAsync(HttpStatusCode.OK);
        using var again = await Factory.CreateAuthenticatedClientAsync(username, "N3w-Secret!");
        var actions = (await AuditAsync("user", username)).Select(a => a["action"]!.GetValue<string>()).ToList();
        Assert.Equal(["user.password-changed", "user.updated", "user.updated", "user.created"], actions);
    }

    [Theory]
    [InlineData("""{"roles":["root"]}""", "roles")]
    [InlineData("""{"organisationId":"NO-SUCH"}""", "organisationId")]
    [InlineData("""{"employmentType":"外包"}""", "employmentType")]
    [InlineData("""{"active":"yes"}""", "active")]
    [InlineData("""{"password":"weak"}""", "password")]
    public async Task Invalid_updates_are_400_naming_the_field_and_change_nothing(string json, string field)
    {
        var username = await CreateUserAsync();
        var response = await Client.PutAsync($"/api/users/{username}", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(field, problem["field"]!.GetValue<string>());
        Assert.Single(await AuditAsync("user", username));
    }

    [Fact]
    public async Task A_non_admin_cannot_update_users()
    {
        using var officer = await OfficerClientAsync();
        await (await officer.PutAsJsonAsync("/api/users/zhangwei", new { roles = new[] { "admin" } })).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(["officer"], (await Client.GetObjectAsync("/api/users/zhangwei"))["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }
}
