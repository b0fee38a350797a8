using System.Text.Json;
using Microsoft.Playwright;

namespace Bpm.Benchmarks;

/// <summary>Where one cold first load of the designer spends its time, read from the page after it is ready: the
/// navigation and resource timings (each request's start, server time = request sent → first byte, end, bytes), the
/// studio's own User Timing marks (<c>bpm:*</c>, <c>designer/src/app/load-marks.ts</c>), the main thread's long tasks
/// (over 50 ms) and Chromium's script, style and layout time (CDP <c>Performance.getMetrics</c>). All times are ms since
/// the navigation started.</summary>
public sealed class StudioLoadTimeline
{
    private readonly RawTimeline _timeline;
    private readonly IReadOnlyDictionary<string, double> _mainThreadMs;
    private readonly double _seenAt;
    private readonly (double Holds, double Painted) _ready;

    private StudioLoadTimeline(RawTimeline timeline, IReadOnlyDictionary<string, double> mainThreadMs, double seenAt, (double Holds, double Painted) ready)
    {
        _timeline = timeline;
        _mainThreadMs = mainThreadMs;
        _seenAt = seenAt;
        _ready = ready;
    }

    /// <summary>The named points of the load in order (mark name → ms since navigation), for the summary over loads.</summary>
    public IEnumerable<(string Name, double At)> Points =>
        new[] { ("html-received", _timeline.HtmlReceived), ("dom-content-loaded", _timeline.DomContentLoaded) }
            .Concat(_timeline.Marks.Select(m => (m.Name, m.At)))
            .Concat(ReadyPoints)
            .Concat(_mainThreadMs.Select(m => ($"main thread {m.Key}", m.Value)));

    private IEnumerable<(string Name, double At)> ReadyPoints =>
    [
        ("ready (condition holds in the page)", _ready.Holds),
        ("ready (frame painting it starts: the end point)", _ready.Painted),
        ("ready (seen by the benchmark's waits: the old end point)", _seenAt),
    ];

    /// <summary>Collects the page's long tasks from before its first script runs (added as an init script).</summary>
    public const string LongTaskObserverScript = """
        window.__bpmLongTasks = [];
        new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bpmLongTasks.push({ start: e.startTime, duration: e.duration }); })
          .observe({ type: 'longtask', buffered: true });
        """;

    private const string CollectScript = """
        () => {
          const nav = performance.getEntriesByType('navigation')[0];
          return {
            htmlReceived: nav.responseEnd, domContentLoaded: nav.domContentLoadedEventEnd,
            resources: performance.getEntriesByType('resource').map((r) => ({
              name: r.name, kind: r.initiatorType, start: r.startTime,
              serverMs: r.responseStart > 0 && r.requestStart > 0 ? r.responseStart - r.requestStart : 0,
              end: r.responseEnd, transferred: r.transferSize, decoded: r.decodedBodySize })),
            marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('bpm:')).map((m) => ({ name: m.name.substring(4), at: m.startTime })),
            longTasks: window.__bpmLongTasks ?? [],
          };
        }
        """;

    /// <summary>CDP metrics (seconds, cumulative) reported as main-thread milliseconds.</summary>
    private static readonly string[] MetricNames = ["ScriptDuration", "V8CompileDuration", "RecalcStyleDuration", "LayoutDuration", "TaskDuration"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<ICDPSession> StartMetricsAsync(IPage page)
    {
        var session = await page.Context.NewCDPSessionAsync(page);
        await session.SendAsync("Performance.enable");
        return session;
    }

    /// <summary>The main thread's script, compile, style, layout and task time so far, and the page's clock now (ms).</summary>
    public static async Task<(IReadOnlyDictionary<string, double> MainThreadMs, double Now)> ReadMetricsAsync(IPage page, ICDPSession metrics)
    {
        var now = await page.EvaluateAsync<double>("() => performance.now()");
        var answer = await metrics.SendAsync("Performance.getMetrics");
        var mainThread = new Dictionary<string, double>();
        if (answer is { } result)
            foreach (var metric in result.GetProperty("metrics").EnumerateArray())
                if (MetricNames.Contains(metric.GetProperty("name").GetString()))
                    mainThread[metric.GetProperty("name").GetString()!] = metric.GetProperty("value").GetDouble() * 1000;
        return (mainThread, now);
    }

    /// <summary>The load's time line, read once the network is quiet; <paramref name="seen"/> as read when the benchmark's
    /// waits saw the page ready, <paramref name="ready"/> as the page noted it (<see cref="StudioReadyProbe"/>).</summary>
    public static async Task<StudioLoadTimeline> ReadAsync(IPage page, (IReadOnlyDictionary<string, double> MainThreadMs, double Now) seen,
        (double Holds, double Painted) ready)
    {
        var collected = (await page.EvaluateAsync<JsonElement>(CollectScript)).Deserialize<RawTimeline>(Json)!;
        return new StudioLoadTimeline(collected with { Resources = [.. collected.Resources.Select(r => r with { Name = ShortName(r.Name) })] },
            seen.MainThreadMs, seen.Now, ready);
    }

    /// <summary>Prints the load as a time line: requests and marks in order of time, then the main thread's totals.</summary>
    public void Print(TextWriter output)
    {
        output.WriteLine($"    {_timeline.HtmlReceived,7:0} ms  HTML received; DOMContentLoaded {_timeline.DomContentLoaded:0} ms");
        var lines = _timeline.Resources.Select(r => (At: r.Start, Text: $"{r.Start,7:0} ms  {r.Kind,-6} {r.Name,-44} server {r.ServerMs,5:0} ms, done {r.End,5:0} ms, "
                + $"{r.Transferred / 1024.0,6:0.0} KiB sent / {r.Decoded / 1024.0,7:0.0} KiB"))
            .Concat(_timeline.Marks.Select(m => (At: m.At, Text: $"{m.At,7:0} ms  mark   {m.Name}")))
            .OrderBy(l => l.At);
        foreach (var (_, text) in lines.Concat(ReadyPoints.Select(p => (p.At, $"{p.At,7:0} ms  {p.Name}"))).OrderBy(l => l.Item1))
            output.WriteLine($"    {text}");
        output.WriteLine($"    long tasks (> 50 ms): {string.Join(", ", _timeline.LongTasks.Select(t => $"{t.Start:0}+{t.Duration:0}"))}");
        output.WriteLine($"    main thread until seen ready: {string.Join(", ", _mainThreadMs.Select(m => $"{m.Key} {m.Value:0} ms"))}");
    }

    /// <summary>A path without the origin; API paths without their query.</summary>
    private static string ShortName(string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.PathAndQuery : url;
        return path.Length > 44 ? path[..44] : path;
    }

    private sealed record RawTimeline(double HtmlReceived, double DomContentLoaded, List<Resource> Resources, List<Mark> Marks, List<LongTask> LongTasks);

    private sealed record Resource(string Name, string Kind, double Start, double ServerMs, double End, long Transferred, long Decoded);

    private sealed record Mark(string Name, double At);

    private sealed record LongTask(double Start, double Duration);
}
