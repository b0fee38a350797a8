using System.Text.Json;
using Bpm.Studio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Bpm.Studio.Tests.Documents;

/// <summary>Headless Chromium with pdf.js (tests/tools/pdfjs, installed by test.sh) loaded from local files: the page and
/// pdf.js are answered by a route on a made-up origin, so nothing goes to the network.</summary>
public sealed class PdfRasteriser : IAsyncLifetime
{
    private const string Origin = "http://pdf-compare.test";
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage _page = null!;

    public static string PdfJsBuild => Path.Combine(RepositoryPaths.Root, "tests", "tools", "pdfjs", "node_modules", "pdfjs-dist", "build");

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null) return;
        if (!Chromium.Installed)
            throw new InvalidOperationException($"CI=true and {Chromium.ExecutablePath} is missing: install chromium and fonts-noto-cjk (.ci/services).");
        if (!File.Exists(Path.Combine(PdfJsBuild, "pdf.mjs")))
            throw new InvalidOperationException($"pdf.js is missing in {PdfJsBuild}: run 'npm ci' in tests/tools/pdfjs (test.sh does).");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
        _page = await _browser.NewPageAsync();
        _page.SetDefaultTimeout(60_000);
        await _page.RouteAsync($"{Origin}/**", route => route.FulfillAsync(Answer(new Uri(route.Request.Url).AbsolutePath)));
        await _page.GotoAsync($"{Origin}/index.html");
        await _page.WaitForFunctionAsync("() => window.pdfCompareReady === true");
    }

    /// <summary>Both PDFs rasterised at <paramref name="scale"/> (1 = 72 dpi) and compared page by page.</summary>
    public async Task<PdfComparison> CompareAsync(byte[] reference, byte[] current, double scale, int channelTolerance, double maxShare)
    {
        var json = await _page.EvaluateAsync<string>(
            "async ([a, b, scale, tolerance, maxShare]) => JSON.stringify(await window.comparePdfs(a, b, scale, tolerance, maxShare))",
            new object[] { Convert.ToBase64String(reference), Convert.ToBase64String(current), scale, channelTolerance, maxShare });
        return JsonSerializer.Deserialize<PdfComparison>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private static RouteFulfillOptions Answer(string path) => path switch
    {
        "/index.html" => new RouteFulfillOptions
        {
            ContentType = "text/html",
            Body = "<!doctype html><meta charset=\"utf-8\"><script type=\"module\" src=\"/pdf-compare.mjs\"></script>",
        },
        "/pdf-compare.mjs" => Script(Path.Combine(RepositoryPaths.Root, "tests", "Bpm.Studio.Tests", "Documents", "pdf-compare.mjs")),
        _ when path.StartsWith("/pdfjs/", StringComparison.Ordinal) => Script(Path.Combine(PdfJsBuild, Path.GetFileName(path))),
        _ => new RouteFulfillOptions { Status = 404 },
    };

    private static RouteFulfillOptions Script(string file) =>
        File.Exists(file) ? new RouteFulfillOptions { ContentType = "text/javascript", Path = file } : new RouteFulfillOptions { Status = 404 };

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
    }
}
