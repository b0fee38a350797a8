using System.Globalization;
using System.Text.Json;

namespace Bpm.Benchmarks;

/// <summary>The JavaScript engine bpmn-engine (npm) running the same 10-task straight-through process in memory
/// (peer/run.mjs), for a side-by-side figure.</summary>
public static class PeerBenchmark
{
    public static async Task<BaselineResult> RunAsync(BenchOptions options)
    {
        var directory = FindPeerDirectory();
        if (directory is null) return BaselineResult.NotMeasured("peer/ folder not found next to the benchmark project");
        var node = ExternalCommand.Find("node");
        var npm = ExternalCommand.Find("npm");
        if (node is null || npm is null) return BaselineResult.NotMeasured("node/npm not installed: bpmn-engine peer skipped");
        if (!Directory.Exists(Path.Combine(directory, "node_modules", "bpmn-engine")))
        {
            Console.WriteLine("  (npm ci in peer/ ...)");
            var install = await ExternalCommand.RunAsync(npm, ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(3), directory);
            if (install is not { ExitCode: 0 }) return BaselineResult.NotMeasured($"npm ci failed: {install?.Error.Trim()}");
        }
        var run = await ExternalCommand.RunAsync(node,
            ["run.mjs", options.PeerSeconds.ToString(CultureInfo.InvariantCulture), "1"], TimeSpan.FromSeconds(options.PeerSeconds + 60), directory);
        if (run is not { ExitCode: 0 }) return BaselineResult.NotMeasured($"node run.mjs failed: {run?.Error.Trim()}");
        var line = run.Value.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        using var json = JsonDocument.Parse(line);
        return new BaselineResult(json.RootElement.GetProperty("instancesPerSecond").GetDouble(), null, null);
    }

    private static string? FindPeerDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "peer", "run.mjs"))) return Path.Combine(directory.FullName, "peer");
            if (File.Exists(Path.Combine(directory.FullName, "tests", "Bpm.Benchmarks", "peer", "run.mjs")))
                return Path.Combine(directory.FullName, "tests", "Bpm.Benchmarks", "peer");
        }
        return null;
    }
}
