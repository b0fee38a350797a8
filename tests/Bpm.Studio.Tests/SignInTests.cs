using Bpm.Studio.Tests.Infrastructure;

namespace Bpm.Studio.Tests;

[Collection(StudioCollection.Name)]
public sealed class SignInTests(StudioFixture studio)
{
    [ChromiumTheory]
    [InlineData("xufan", "/designer", new[] { "/designer", "/forms" }, new[] { "/inbox", "/operations" })]
    [InlineData("zhangwei", "/inbox", new[] { "/inbox" }, new[] { "/designer", "/forms", "/escalations" })]
    [InlineData("zhoumin", "/inbox", new[] { "/inbox" }, new[] { "/designer", "/escalations" })]
    [InlineData("majianguo", "/inbox", new[] { "/inbox", "/escalations" }, new[] { "/designer", "/operations" })]
    [InlineData("guoxiaoyan", "/inbox", new[] { "/inbox", "/escalations" }, new[] { "/designer", "/forms" })]
    public async Task Each_role_lands_on_its_first_page_and_sees_only_the_pages_it_may_use(string username, string home,
        string[] shown, string[] hidden)
    {
        await using var signedIn = await studio.NewPageAsync();
        await signedIn.SignInAsync(username);

        Assert.EndsWith(home, new Uri(signedIn.Page.Url).AbsolutePath);
        var links = await signedIn.Page.Locator("[data-nav]").EvaluateAllAsync<string[]>("links => links.map(l => l.dataset.nav)");
        Assert.All(shown, path => Assert.Contains(path, links));
        Assert.All(hidden, path => Assert.DoesNotContain(path, links));
        await signedIn.ScreenshotAsync($"home-{username}");
        Assert.Empty(signedIn.Errors);
    }

    [ChromiumFact]
    public async Task The_administrator_sees_every_page()
    {
        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("admin", "admin");

        var links = await page.Page.Locator("[data-nav]").EvaluateAllAsync<string[]>("links => links.map(l => l.dataset.nav)");
        Assert.Equal(["/inbox", "/start", "/escalations", "/designer", "/forms", "/decisions", "/operations", "/statistics/discretion", "/public"], links);
    }

    [ChromiumFact]
    public async Task A_banner_warns_while_next_years_holidays_are_only_computed()
    {
        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("zhangwei");

        // The demo data has the State Council notices up to 2026, so next year is always computed here.
        var banner = page.Page.Locator(".calendar-banner");
        await banner.WaitForAsync();
        Assert.Contains("全国年节及纪念日放假办法", await banner.InnerTextAsync());
        var years = await banner.GetAttributeAsync("data-provisional-years");
        Assert.Contains((DateTime.UtcNow.AddHours(8).Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), years);
        await page.ScreenshotAsync("provisional-calendar-banner");
        Assert.Empty(page.Errors);
    }

    [ChromiumFact]
    public async Task An_officer_opening_the_designer_address_is_refused()
    {
        await using var page = await studio.NewPageAsync();
        await page.SignInAsync("zhangwei");
        await page.Page.GotoAsync("/designer");

        await page.Page.WaitForSelectorAsync("text=您没有使用该页面的权限");
        Assert.Equal(0, await page.Page.Locator(".djs-container").CountAsync());
    }

    [ChromiumFact]
    public async Task A_wrong_password_is_refused_in_Chinese()
    {
        await using var page = await studio.NewPageAsync();
        await page.Page.GotoAsync("/");
        await page.ScreenshotAsync("login");
        await page.Page.FillAsync("input[name=username]", "xufan");
        await page.Page.FillAsync("input[name=password]", "wrong-password");
        await page.Page.ClickAsync("button[type=submit]");

        await page.Page.WaitForSelectorAsync("text=用户名或密码错误");
        Assert.EndsWith("/login", page.Page.Url);
    }
}
