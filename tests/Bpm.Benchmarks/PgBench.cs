using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Bpm.Benchmarks;

/// <summary>pgbench's default TPC-B-like test (scale 8, 8 clients, 2 threads) on a scratch database that is dropped after.</summary>
public static partial class PgBench
{
    public static async Task<BaselineResult> RunAsync(BenchOptions options, bool asyncCommit)
    {
        var pgbench = ExternalCommand.Find("pgbench", [.. Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin", "pgbench")) : []]);
        if (pgbench is null)
            return BaselineResult.NotMeasured("pgbench not found (Debian: apt-get install -y postgresql-client or postgresql-contrib)");
        var admin = new NpgsqlConnectionStringBuilder(options.PostgresAdmin);
        var environment = new Dictionary<string, string>
        {
            ["PGHOST"] = admin.Host ?? "127.0.0.1",
            ["PGPORT"] = admin.Port.ToString(CultureInfo.InvariantCulture),
            ["PGUSER"] = admin.Username ?? "bpm",
            ["PGPASSWORD"] = admin.Password ?? "",
        };
        await using var database = await BenchDatabase.CreatePostgresAsync(options.PostgresAdmin, "bpm_bench_pgbench_", asyncCommit);
        var init = await ExternalCommand.RunAsync(pgbench, ["-i", "-s", "8", "-q", database.PostgresName], TimeSpan.FromMinutes(3), environment: environment);
        if (init is not { ExitCode: 0 })
            return BaselineResult.NotMeasured($"pgbench -i failed: {init?.Error.Trim()}");
        var run = await ExternalCommand.RunAsync(pgbench,
            ["-c", "8", "-j", "2", "-T", options.PgbenchSeconds.ToString(CultureInfo.InvariantCulture), database.PostgresName],
            TimeSpan.FromSeconds(options.PgbenchSeconds + 60), environment: environment);
        if (run is not { ExitCode: 0 })
            return BaselineResult.NotMeasured($"pgbench failed: {run?.Error.Trim()}");
        var tps = Tps().Match(run.Value.Output);
        var latency = Latency().Match(run.Value.Output);
        return tps.Success
            ? new BaselineResult(double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture),
                latency.Success ? double.Parse(latency.Groups[1].Value, CultureInfo.InvariantCulture) : null, null)
            : BaselineResult.NotMeasured("no 'tps =' in pgbench output:\n" + run.Value.Output);
    }

    [GeneratedRegex(@"tps = ([0-9.]+)")]
    private static partial Regex Tps();

    [GeneratedRegex(@"latency average = ([0-9.]+) ms")]
    private static partial Regex Latency();
}
