using Microsoft.Playwright;

namespace Bpm.Studio.Tests.Infrastructure;

/// <summary>One server and one headless Chromium shared by every browser test; each test opens its own context (no
/// shared storage) at 1366×768.</summary>
public sealed class StudioFixture : IAsyncLifetime
{
    public const string DemoPassword = "Demo@2026";

    private IPlaywright? _playwright;

    public StudioServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null) return;
        if (!Chromium.Installed)
            throw new InvalidOperationException($"CI=true and {Chromium.ExecutablePath} is missing: install chromium and fonts-noto-cjk (.ci/services).");
        Server = await StudioServer.StartAsync(TimeSpan.FromMinutes(2));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }
        Server?.Dispose();
    }

    /// <summary>A fresh page that records console errors and uncaught exceptions.</summary>
    public async Task<StudioPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "zh-CN",
            AcceptDownloads = true,
        });
        // Generous: in CI the browser shares two cores with four other test projects; a wait is not a speed check.
        context.SetDefaultTimeout(60_000);
        return new StudioPage(context, await context.NewPageAsync());
    }
}
