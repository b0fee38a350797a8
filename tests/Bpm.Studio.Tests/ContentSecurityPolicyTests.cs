using Bpm.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Bpm.Studio.Tests;

/// <summary>The studio works under the server's content security policy: no page of it (diagram and form editors
/// included) triggers a single CSP violation.</summary>
[Collection(StudioCollection.Name)]
public sealed class ContentSecurityPolicyTests(StudioFixture studio)
{
    private const string RecordViolations = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
            window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + e.lineNumber));
        """;

    [ChromiumFact]
    public async Task Every_page_of_the_studio_runs_without_a_policy_violation()
    {
        await using var page = await studio.NewPageAsync();
        await page.Page.AddInitScriptAsync(RecordViolations);
        var document = await page.Page.GotoAsync("/login");
        var policy = await document!.HeaderValueAsync("content-security-policy");
        Assert.Contains("script-src 'self'", policy);
        Assert.Equal("DENY", await document.HeaderValueAsync("x-frame-options"));
        await page.SignInAsync("admin", "admin");

        var violations = new List<string>();
        foreach (var (path, ready) in new[]
                 {
                     ("/designer", ".djs-container"), ("/forms", ".fjs-container, .fjs-editor-container"), ("/decisions", ".dmn-drd-container, .dmn-decision-table-container"), ("/inbox", "[data-nav]"),
                     ("/escalations", "[data-nav]"), ("/operations", "[data-nav]"), ("/statistics/discretion", "[data-testid=discretion-statistics]"), ("/public", "body"),
                 })
        {
            await page.Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            await page.Page.WaitForSelectorAsync(ready);
            violations.AddRange((await page.Page.EvaluateAsync<string[]>("() => window.__cspViolations")).Select(v => $"{path}: {v}"));
        }

        Assert.Empty(violations);
        Assert.DoesNotContain(page.Errors, error => error.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }
}
