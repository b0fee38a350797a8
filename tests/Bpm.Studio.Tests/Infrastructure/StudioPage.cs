using Microsoft.Playwright;

namespace Bpm.Studio.Tests.Infrastructure;

/// <summary>A browser page on the studio, with what tests do often: sign in, wait for the diagram, take screenshots.</summary>
public sealed class StudioPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    public StudioPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error") lock (_errors) _errors.Add(message.Text);
        };
        page.PageError += (_, error) =>
        {
            lock (_errors) _errors.Add(error);
        };
    }

    public IPage Page { get; }

    /// <summary>Console errors and uncaught exceptions so far.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors) return _errors.ToList();
        }
    }

    public async Task SignInAsync(string username, string password = StudioFixture.DemoPassword)
    {
        await Page.GotoAsync("/login");
        await Page.FillAsync("input[name=username]", username);
        await Page.FillAsync("input[name=password]", password);
        await Page.ClickAsync("button[type=submit]");
        await Page.WaitForSelectorAsync($"[data-user='{username}']");
    }

    /// <summary>Opens the designer on the latest version of a process and waits until one of its elements is drawn.</summary>
    public async Task OpenProcessAsync(string bpmnProcessId, string elementId)
    {
        await Page.GotoAsync($"/designer?process={Uri.EscapeDataString(bpmnProcessId)}");
        await Page.WaitForSelectorAsync(ElementSelector(elementId));
    }

    /// <summary>Expands a properties panel group (they start collapsed) by its Chinese title.</summary>
    public async Task OpenPropertiesGroupAsync(string title)
    {
        var header = Page.Locator(".bio-properties-panel-group-header", new PageLocatorOptions { HasText = title }).First;
        if (!(await header.GetAttributeAsync("class") ?? "").Contains("open", StringComparison.Ordinal))
            await header.ClickAsync();
    }

    public static string ElementSelector(string elementId) => $".djs-element[data-element-id='{elementId}']";

    public Task<string> StatusAsync() => Page.InnerTextAsync(".status");

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, $"{name}.png") });
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
