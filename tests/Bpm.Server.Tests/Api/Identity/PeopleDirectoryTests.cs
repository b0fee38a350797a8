using System.Net;
using System.Net.Http.Json;
using Bpm.Engine.People;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.Api.Identity;

/// <summary>The engine's <see cref="IPeopleDirectory"/> as the server registers it, over the demo data.</summary>
public abstract class PeopleDirectoryTests(BpmServerFactory factory) : IdentityApiTestBase(factory)
{
    private static readonly DateOnly Day = new(2026, 6, 1);

    private IPeopleDirectory People => Factory.Services.GetRequiredService<IPeopleDirectory>();

    [Fact]
    public async Task A_person_has_roles_groups_and_organisation_ancestors_nearest_first()
    {
        var person = await People.FindAsync("zhangwei", CancellationToken.None);
        Assert.NotNull(person);
        Assert.Equal("张伟", person.DisplayName);
        Assert.Equal(["officer"], person.Roles);
        Assert.Equal(["zz-scjg-jicha"], person.Groups);
        Assert.Equal("410100-SCJGJ-ZFJCC", person.OrganisationId);
        Assert.Equal(["410100-SCJGJ", "410100", "410000"], person.OrganisationAncestors);
        Assert.Equal(Person.Permanent, person.EmploymentType);

        var county = await People.FindAsync("hewei", CancellationToken.None);
        Assert.Equal(["410122", "410100", "410000"], county!.OrganisationAncestors);
        Assert.Equal("聘用", (await People.FindAsync("sunli", CancellationToken.None))!.EmploymentType);
    }

    [Fact]
    public async Task Unknown_and_inactive_users_are_not_found()
    {
        Assert.Null(await People.FindAsync("nobody-here", CancellationToken.None));
        Assert.Empty(await People.CertificatesAsync("nobody-here", CancellationToken.None));
        Assert.False(await People.HasLegalQualificationAsync("nobody-here", CancellationToken.None));

        var username = await CreateUserAsync();
        Assert.NotNull(await People.FindAsync(username, CancellationToken.None));
        await (await Client.PutAsJsonAsync($"/api/users/{username}", new { active = false })).ReadJsonObjectAsync(HttpStatusCode.OK);
        Assert.Null(await People.FindAsync(username, CancellationToken.None));
    }

    [Fact]
    public async Task Certificates_are_valid_on_a_date_only_when_in_force_and_not_suspended()
    {
        var valid = Assert.Single(await People.CertificatesAsync("zhangwei", CancellationToken.None));
        Assert.True(valid.IsValidOn(Day));
        Assert.False(valid.IsValidOn(new DateOnly(2030, 1, 1)));

        var expired = Assert.Single(await People.CertificatesAsync("chenjing", CancellationToken.None));
        Assert.False(expired.IsValidOn(Day));
        Assert.True(expired.IsValidOn(new DateOnly(2023, 1, 1)));

        var suspended = Assert.Single(await People.CertificatesAsync("zhaolei", CancellationToken.None));
        Assert.Equal("suspended", suspended.Status);
        Assert.False(suspended.IsValidOn(Day));

        Assert.Empty(await People.CertificatesAsync("sunli", CancellationToken.None));
    }

    [Fact]
    public async Task Certificate_changes_through_the_api_reach_the_directory()
    {
        var username = await CreateUserAsync();
        var number = UniqueName("C");
        await (await Client.PostAsJsonAsync($"/api/users/{username}/certificates", Certificate(number, "2026-01-01", "2030-12-31")))
            .ReadJsonObjectAsync(HttpStatusCode.Created);
        Assert.True(Assert.Single(await People.CertificatesAsync(username, CancellationToken.None)).IsValidOn(Day));

        await (await Client.PutAsJsonAsync($"/api/users/{username}/certificates/{number}", new { status = "revoked" })).ReadJsonObjectAsync(HttpStatusCode.OK);
        Assert.False(Assert.Single(await People.CertificatesAsync(username, CancellationToken.None)).IsValidOn(Day));
    }

    [Fact]
    public async Task Reviewers_with_a_recorded_qualification_have_it()
    {
        Assert.True(await People.HasLegalQualificationAsync("zhoumin", CancellationToken.None));
        Assert.True(await People.HasLegalQualificationAsync("wujing", CancellationToken.None));
        Assert.False(await People.HasLegalQualificationAsync("zhangwei", CancellationToken.None));

        var username = await CreateUserAsync(roles: ["reviewer"]);
        Assert.False(await People.HasLegalQualificationAsync(username, CancellationToken.None));
        await (await Client.PostAsJsonAsync($"/api/users/{username}/qualification", new { number = "A20224101000321", obtainedOn = "2022-12-20" }))
            .ReadJsonObjectAsync(HttpStatusCode.Created);
        Assert.True(await People.HasLegalQualificationAsync(username, CancellationToken.None));
    }
}
