using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Server.Auth;
using Bpm.Server.Identity.Storage;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.Api;

public abstract class CalendarApiTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    [Theory]
    [InlineData("2025-09-26", "7", "2025-10-13")]
    [InlineData("2018-12-28", "2", "2019-01-02")]
    [InlineData("2025-10-13", "-7", "2025-09-26")]
    [InlineData("2025-10-04", "0", "2025-10-04")]
    public async Task Add_working_days(string from, string days, string expected)
    {
        var result = await Client.GetObjectAsync($"/api/calendar/working-days/add?from={from}&days={days}");
        Assert.Equal(expected, result["date"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("from=2025-13-01&days=3", "from")]
    [InlineData("from=26.09.2025&days=3", "from")]
    [InlineData("days=3", "from")]
    [InlineData("from=2025-09-26&days=seven", "days")]
    [InlineData("from=2025-09-26&days=1.5", "days")]
    [InlineData("from=2025-09-26", "days")]
    [InlineData("from=2025-09-26&days=99999999", "days")]
    public async Task Add_working_days_with_bad_input_is_400_naming_the_field(string query, string field)
    {
        var problem = await (await Client.GetAsync($"/api/calendar/working-days/add?{query}")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(field, problem["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Days_lists_each_date_with_its_kind_and_name()
    {
        var response = await Client.GetAsync("/api/calendar/days?from=2025-09-26&to=2025-10-13");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var days = JsonNode.Parse(body)!.AsArray();
        Assert.Equal(18, days.Count);
        var byDate = days.ToDictionary(d => d!["date"]!.GetValue<string>(), d => d!.AsObject());
        Assert.Equal("WORKDAY", byDate["2025-09-26"]["kind"]!.GetValue<string>());
        Assert.Null(byDate["2025-09-26"]["name"]);
        Assert.Equal("WEEKEND", byDate["2025-09-27"]["kind"]!.GetValue<string>());
        Assert.Equal("MAKEUP_WORKDAY", byDate["2025-09-28"]["kind"]!.GetValue<string>());
        Assert.Equal("HOLIDAY", byDate["2025-10-01"]["kind"]!.GetValue<string>());
        Assert.Equal("国庆节、中秋节", byDate["2025-10-01"]["name"]!.GetValue<string>());
        Assert.Equal("MAKEUP_WORKDAY", byDate["2025-10-11"]["kind"]!.GetValue<string>());
        Assert.False(byDate["2025-10-11"]["provisional"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Days_of_an_unpublished_year_are_the_computed_statutory_holidays_and_provisional()
    {
        var days = JsonNode.Parse(await Client.GetStringAsync("/api/calendar/days?from=2099-10-01&to=2099-10-07"))!.AsArray();
        Assert.All(days, d => Assert.True(d!["provisional"]!.GetValue<bool>()));
        Assert.Equal("HOLIDAY", days[0]!["kind"]!.GetValue<string>());
        Assert.Equal("国庆节", days[0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Provisional_years_in_use_are_listed_for_the_banner()
    {
        var thisYear = Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year;
        var years = await Client.GetItemsAsync("/api/calendar/provisional-years");
        var expected = Enumerable.Range(thisYear, 2).Where(y => y > 2026).ToList();
        Assert.Equal(expected, years.Select(y => y!["year"]!.GetValue<int>()).ToList());
        Assert.All(years, y => Assert.Contains("全国年节及纪念日放假办法", y!["basis"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("from=2025-01-01&to=2028-12-31", "to")]
    [InlineData("from=2025-10-13&to=2025-10-01", "to")]
    [InlineData("from=2025-10-01&to=tomorrow", "to")]
    [InlineData("from=&to=2025-10-01", "from")]
    public async Task Days_with_bad_range_is_400_naming_the_field(string query, string field)
    {
        var problem = await (await Client.GetAsync($"/api/calendar/days?{query}")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(field, problem["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_built_in_year_shows_version_0_with_its_notice()
    {
        var year = await Client.GetObjectAsync("/api/calendar/years/2019");
        Assert.Equal(0, year["version"]!.GetValue<int>());
        Assert.True(year["builtIn"]!.GetValue<bool>());
        Assert.False(year["provisional"]!.GetValue<bool>());
        Assert.Contains("content_5346276", year["notice"]!.GetValue<string>());
        var newYear = year["entries"]!.AsArray().First(e => e!["name"]!.GetValue<string>() == "元旦")!;
        Assert.Equal("2018-12-30", newYear["restDays"]![0]!.GetValue<string>());
        Assert.Equal("2018-12-29", newYear["makeupWorkdays"]![0]!.GetValue<string>());
        var history = await Client.GetItemsAsync("/api/calendar/years/2019/versions");
        Assert.Equal(0, Assert.Single(history)!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_year_without_a_notice_is_computed_as_a_provisional_version_0()
    {
        var year = await Client.GetObjectAsync("/api/calendar/years/2098");
        Assert.Equal(0, year["version"]!.GetValue<int>());
        Assert.True(year["builtIn"]!.GetValue<bool>());
        Assert.True(year["provisional"]!.GetValue<bool>());
        Assert.Equal(7, year["entries"]!.AsArray().Count);
        Assert.Contains("全国年节及纪念日放假办法", year["reason"]!.GetValue<string>());
        Assert.Equal(0, Assert.Single(await Client.GetItemsAsync("/api/calendar/years/2098/versions"))!["version"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("/api/calendar/years/twenty")]
    [InlineData("/api/calendar/years/1800")]
    [InlineData("/api/calendar/years/twenty/versions")]
    public async Task A_bad_year_is_400(string url)
    {
        var problem = await (await Client.GetAsync(url)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("year", problem["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_administrator_adds_a_year_which_is_versioned_audited_and_in_force_at_once()
    {
        // Before the notice, 2030 is computed: 国庆 1–3 October (Tuesday to Thursday) rest.
        Assert.Equal("2030-10-07", (await Client.GetObjectAsync("/api/calendar/working-days/add?from=2030-09-30&days=2"))["date"]!.GetValue<string>());
        var edit = new
        {
            notice = "国务院办公厅关于2030年部分节假日安排的通知",
            reason = "通知已发布",
            entries = new[]
            {
                new { name = "国庆节", restDays = new[] { "2030-10-01", "2030-10-02", "2030-10-03" }, makeupWorkdays = new[] { "2030-09-29" } },
            },
        };

        var saved = await (await Client.PutAsJsonAsync("/api/calendar/years/2030", edit)).ReadJsonObjectAsync(HttpStatusCode.OK);
        Assert.Equal(1, saved["version"]!.GetValue<int>());
        Assert.Equal("admin", saved["editedBy"]!.GetValue<string>());
        Assert.Equal("通知已发布", saved["reason"]!.GetValue<string>());
        Assert.False(saved["provisional"]!.GetValue<bool>());
        Assert.NotNull(saved["editedAt"]);

        Assert.Equal("2030-10-04", (await Client.GetObjectAsync("/api/calendar/working-days/add?from=2030-09-30&days=1"))["date"]!.GetValue<string>());
        var day = JsonNode.Parse(await Client.GetStringAsync("/api/calendar/days?from=2030-09-29&to=2030-09-29"))!.AsArray().Single()!;
        Assert.Equal("MAKEUP_WORKDAY", day["kind"]!.GetValue<string>());

        var again = await Client.PutAsJsonAsync("/api/calendar/years/2030", new { edit.notice, reason = "更正", entries = Array.Empty<object>() });
        Assert.Equal(2, (await again.ReadJsonObjectAsync(HttpStatusCode.OK))["version"]!.GetValue<int>());
        var history = await Client.GetItemsAsync("/api/calendar/years/2030/versions");
        Assert.Equal([0, 1, 2], history.Select(v => v!["version"]!.GetValue<int>()));
        Assert.Equal(["通知已发布", "更正"], history.Skip(1).Select(v => v!["reason"]!.GetValue<string>()));
        Assert.Equal(2, (await Client.GetObjectAsync("/api/calendar/years/2030"))["version"]!.GetValue<int>());
        Assert.Equal("2030-10-01", (await Client.GetObjectAsync("/api/calendar/working-days/add?from=2030-09-30&days=1"))["date"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_organisation_calendar_is_edited_and_queried_with_organisationId()
    {
        var organisation = UniqueProcessId("org");
        var edit = new { reason = "地方节日", entries = new[] { new { name = "地方节日", restDays = new[] { "2025-10-13" } } } };
        var saved = await (await Client.PutAsJsonAsync($"/api/calendar/years/2025?organisationId={organisation}", edit)).ReadJsonObjectAsync(HttpStatusCode.OK);
        Assert.Equal(1, saved["version"]!.GetValue<int>());
        Assert.Equal(organisation, saved["organisationId"]!.GetValue<string>());

        Assert.Equal("2025-10-14", (await Client.GetObjectAsync($"/api/calendar/working-days/add?from=2025-09-26&days=7&organisationId={organisation}"))["date"]!.GetValue<string>());
        Assert.Equal("2025-10-13", (await Client.GetObjectAsync("/api/calendar/working-days/add?from=2025-09-26&days=7"))["date"]!.GetValue<string>());
        Assert.Equal(1, (await Client.GetObjectAsync($"/api/calendar/years/2025?organisationId={organisation}"))["version"]!.GetValue<int>());
        Assert.Equal(0, (await Client.GetObjectAsync("/api/calendar/years/2025"))["version"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("""{"entries":[]}""", "reason")]
    [InlineData("""{"reason":"x"}""", "entries")]
    [InlineData("""{"reason":"x","entries":{}}""", "entries")]
    [InlineData("""{"reason":"x","entries":[{"restDays":["2031-01-01"]}]}""", "entries[0].name")]
    [InlineData("""{"reason":"x","entries":[{"name":"元旦","restDays":["2031-13-01"]}]}""", "entries[0].restDays[0]")]
    [InlineData("""{"reason":"x","entries":[{"name":"元旦","restDays":["2033-01-01"]}]}""", "entries[0].restDays[0]")]
    [InlineData("""{"reason":"x","entries":[{"name":"元旦","restDays":["2031-01-01"],"makeupWorkdays":["2031-01-01"]}]}""", "entries[0].makeupWorkdays[0]")]
    [InlineData("""{"reason":"x","entries":[{"name":"元旦","makeupWorkdays":["2031-01-02"]}]}""", "entries[0].makeupWorkdays[0]")]
    [InlineData("""{"reason":"x","entries":[],"provisional":"yes"}""", "provisional")]
    [InlineData("""[1]""", "body")]
    public async Task Invalid_edits_are_400_naming_the_field(string json, string field)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var problem = await (await Client.PutAsync("/api/calendar/years/2031", content)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(field, problem["field"]!.GetValue<string>());
        Assert.Equal([0], (await Client.GetItemsAsync("/api/calendar/years/2031/versions")).Select(v => v!["version"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Only_administrators_may_edit_and_every_route_requires_sign_in()
    {
        var username = UniqueProcessId("officer");
        var credentials = Factory.Services.GetRequiredService<CredentialValidator>();
        var user = new UserEntity { Username = username, DisplayName = "执法人员", Roles = RoleList.Format(["officer"]), CreatedAt = DateTimeOffset.UtcNow };
        user.PasswordHash = credentials.HashPassword(user, "secret");
        Assert.True(await Factory.Services.GetRequiredService<IUserDirectory>().AddIfMissingAsync(user, CancellationToken.None));
        using var officer = await Factory.CreateAuthenticatedClientAsync(username, "secret");

        var edit = new { reason = "x", entries = Array.Empty<object>() };
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsJsonAsync("/api/calendar/years/2032", edit)).StatusCode);
        Assert.Equal([0], (await Client.GetItemsAsync("/api/calendar/years/2032/versions")).Select(v => v!["version"]!.GetValue<int>()));
        Assert.Equal("2025-10-13", (await officer.GetObjectAsync("/api/calendar/working-days/add?from=2025-09-26&days=7"))["date"]!.GetValue<string>());

        using var anonymous = Factory.CreateClient();
        foreach (var url in new[] { "/api/calendar/working-days/add?from=2025-09-26&days=7", "/api/calendar/days?from=2025-10-01&to=2025-10-02",
                     "/api/calendar/years/2025", "/api/calendar/years/2025/versions" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync("/api/calendar/years/2032", edit)).StatusCode);
    }
}
