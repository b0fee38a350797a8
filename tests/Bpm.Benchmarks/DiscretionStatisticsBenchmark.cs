using System.Diagnostics;
using Bpm.Engine.Cases;
using Bpm.Server.Discretion;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace Bpm.Benchmarks;

/// <summary>The discretion statistics at scale: N decided penalties bulk-copied into decided_penalties (each row built by
/// the server's own <see cref="DecidedPenaltyProjection.ToRow"/>), then p50/p95 of typical requests through
/// <see cref="DiscretionStatisticsQuery.CountAsync"/>, the route's code path (filters and grouping in SQL), and of one count's
/// case list through <see cref="DiscretionCasesQuery.ListAsync"/>.</summary>
public static class DiscretionStatisticsBenchmark
{
    private static readonly string[] Procedures = ["administrative-penalty", "administrative-penalty-summary", "simple-penalty"];
    private static readonly string[] Violations =
    [
        "food-unsafe", "food-label", "licence-missing", "price-unmarked", "price-fraud", "product-substandard", "advertising-false",
        "metrology-cheating", "trademark-infringement", "registration-unpublished", "special-equipment-unregistered", "cosmetics-unlicensed",
    ];
    private static readonly string[] Positions = [DiscretionPosition.Within, DiscretionPosition.Above, DiscretionPosition.Below, DiscretionPosition.NotApplicable];

    public static async Task RunAsync(BenchOptions options)
    {
        await using var database = await BenchDatabase.CreatePostgresAsync(options.PostgresAdmin);
        await using var host = await EngineHost.StartAsync(database, runJobWorker: false,
            configure: (services, _) => services.AddDiscretionModule());
        var load = Stopwatch.StartNew();
        await LoadAsync(database.ConnectionString, options.DiscretionRows);
        Console.WriteLine($"  loaded {options.DiscretionRows:N0} decided penalties in {load.Elapsed.TotalSeconds:0.0} s (COPY + VACUUM ANALYZE)");

        var query = host.Services.GetRequiredService<DiscretionStatisticsQuery>();
        var random = new Random(7);
        var kinds = new (string Name, Func<Random, DiscretionStatisticsFilter> Filter)[]
        {
            ("noFilter", _ => new()),
            ("year", r => Year(2023 + r.Next(3))),
            ("month", r => Month(new DateOnly(2023, 1, 1).AddMonths(r.Next(36)))),
            ("unit", r => new(Unit: Unit(r.Next(90)))),
            ("violation", r => new(Violation: Violations[r.Next(Violations.Length)])),
            ("unitAndYear", r => Year(2023 + r.Next(3)) with { Unit = Unit(r.Next(90)) }),
        };
        foreach (var (name, filter) in kinds)
        {
            for (var i = 0; i < 20; i++) await query.CountAsync(filter(random), CancellationToken.None);
            var samples = new List<double>();
            long decisions = 0;
            for (var i = 0; i < options.DisclosureSamples; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var statistics = await query.CountAsync(filter(random), CancellationToken.None);
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                decisions += statistics.Total.Decisions;
            }
            Print(name, samples, $"average {decisions / (double)samples.Count:0} decisions counted");
        }
        await CaseListAsync(host.Services.GetRequiredService<DiscretionCasesQuery>(), options.DisclosureSamples, random);
    }

    /// <summary>The case list of one count (bucket <c>above</c>, first page of 50, newest first, with its totals) through
    /// <see cref="DiscretionCasesQuery.ListAsync"/>, the cases route's code path: for the admin (every case) and for a head
    /// of one unit (the unit's cases listed, the rest counted as hidden). The benchmark database has no process instances, so
    /// the page's case numbers and parties are looked up and not found: that query is timed, on an empty table.</summary>
    private static async Task CaseListAsync(DiscretionCasesQuery cases, int sampleCount, Random random)
    {
        var callers = new (string Name, Func<Random, VisibleCases> Visible)[]
        {
            ("casesAdmin", _ => VisibleCases.Every),
            ("casesUnitHead", r => new VisibleCases(false, [Unit(r.Next(90))], [])),
        };
        foreach (var (name, visible) in callers)
        {
            var request = new DiscretionCasesRequest(new DiscretionStatisticsFilter(), DiscretionBucket.Above, null, 1, 50);
            for (var i = 0; i < 20; i++) await cases.ListAsync(request, visible(random), CancellationToken.None);
            var samples = new List<double>();
            long listed = 0;
            for (var i = 0; i < sampleCount; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var list = await cases.ListAsync(request, visible(random), CancellationToken.None);
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                listed += list.Total;
            }
            Print(name, samples, $"average {listed / (double)samples.Count:0} cases in the list (bucket above, first page of 50)");
        }
    }

    private static void Print(string name, List<double> samples, string what)
    {
        samples.Sort();
        Console.WriteLine($"  {name,-12} {samples.Count} samples: p50 {DisclosureBenchmark.Percentile(samples, 0.50):0.00} ms, " +
            $"p95 {DisclosureBenchmark.Percentile(samples, 0.95):0.00} ms, max {samples[^1]:0.00} ms, {what}");
    }

    private static DiscretionStatisticsFilter Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    private static DiscretionStatisticsFilter Month(DateOnly first) => new(first, first.AddMonths(1).AddDays(-1));

    private static string Unit(int i) => $"41{i / 9 + 1:D2}{i % 9:D2}-SCJGJ";

    private static async Task LoadAsync(string connectionString, int count)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var random = new Random(42);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY decided_penalties (process_instance_key, procedure, organisation_id, violation_type, min_fine_fen, max_fine_fen, fine_fen, " +
            "position, reasoned, decided_on) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < count; i++)
            {
                var row = DecidedPenaltyProjection.ToRow(1_000_000_000 + i, Decided(random));
                await writer.StartRowAsync();
                await writer.WriteAsync(row.ProcessInstanceKey, NpgsqlDbType.Bigint);
                await writer.WriteAsync(row.Procedure, NpgsqlDbType.Text);
                await WriteAsync(writer, row.OrganisationId);
                await WriteAsync(writer, row.ViolationType);
                foreach (var fen in new[] { row.MinFineFen, row.MaxFineFen, row.FineFen })
                {
                    if (fen is { } value) await writer.WriteAsync(value, NpgsqlDbType.Bigint);
                    else await writer.WriteNullAsync();
                }
                await writer.WriteAsync(row.Position, NpgsqlDbType.Text);
                await writer.WriteAsync(row.Reasoned, NpgsqlDbType.Boolean);
                await WriteAsync(writer, row.DecidedOn);
            }
            await writer.CompleteAsync();
        }
        await using var analyze = new NpgsqlCommand("VACUUM ANALYZE decided_penalties", connection) { CommandTimeout = 600 };
        await analyze.ExecuteNonQueryAsync();
    }

    private static async Task WriteAsync(NpgsqlBinaryImporter writer, string? text)
    {
        if (text is null) await writer.WriteNullAsync();
        else await writer.WriteAsync(text, NpgsqlDbType.Text);
    }

    /// <summary>Three years of decisions across 90 units: 70 % on the spot, a twelfth without a benchmark, most fines in range.</summary>
    private static DecidedPenalty Decided(Random random)
    {
        var violation = random.Next(13) is var v && v < Violations.Length ? Violations[v] : null;
        var position = violation is null ? DiscretionPosition.NotApplicable : Positions[random.Next(10) switch { < 7 => 0, 7 => 1, 8 => 2, _ => 3 }];
        decimal? min = violation is null ? null : random.Next(1, 10) * 1000m;
        decimal? max = min * 3;
        decimal? fine = position switch
        {
            DiscretionPosition.Within => min + random.Next(0, 2) * min,
            DiscretionPosition.Above => max + 1000m,
            DiscretionPosition.Below => min / 2,
            _ => null,
        };
        return new DecidedPenalty(Procedures[random.Next(10) < 3 ? 0 : 1 + random.Next(2)], violation, Unit(random.Next(90)), min, max, fine, position,
            position is DiscretionPosition.Above or DiscretionPosition.Below && random.Next(10) < 8, new DateOnly(2023, 1, 1).AddDays(random.Next(3 * 365)));
    }
}
