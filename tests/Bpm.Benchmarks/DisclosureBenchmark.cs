using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Bpm.Engine.Persistence.Entities;
using Bpm.Server.Disclosure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace Bpm.Benchmarks;

/// <summary>The public 执法公示 page at scale: N entries bulk-copied into public_disclosure_entries (each built from
/// disclosure variables by the server's own <see cref="PublicDisclosureQuery.ToEntry"/> and
/// <see cref="PublicDisclosureProjection.ToRow"/>, so masked and lower-cased as in production), then p50/p95 of typical
/// anonymous queries through <see cref="PublicDisclosureQuery.ListAsync"/> (filters, COUNT and a page of 20 in SQL).</summary>
public static class DisclosureBenchmark
{
    private static readonly string[] Cities = ["郑州市", "开封市", "洛阳市", "平顶山市", "安阳市", "新乡市", "焦作市", "许昌市", "南阳市", "信阳市"];
    private static readonly string[] Districts = ["", "金水区", "中原区", "二七区", "管城回族区", "惠济区", "中牟县"];
    private static readonly string[] Bureaus = ["市场监督管理局", "司法局", "生态环境局", "交通运输局"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
    private static readonly string[] Trades = ["食品", "商贸", "餐饮", "药房", "建材", "物流", "科技", "超市"];
    private static readonly string[] Summaries =
    [
        "销售不符合食品安全标准的食品，罚款人民币{0}元。", "未按规定公示营业执照，责令改正并罚款人民币{0}元。",
        "准予食品经营许可。", "生产经营标签不符合规定的预包装食品，没收违法所得并罚款人民币{0}元。",
        "虚假宣传商品功效，罚款人民币{0}元。", "超范围经营，警告。",
    ];

    public static async Task RunAsync(BenchOptions options)
    {
        await using var database = await BenchDatabase.CreatePostgresAsync(options.PostgresAdmin);
        await using var host = await EngineHost.StartAsync(database, runJobWorker: false,
            configure: (services, _) => services.AddDisclosureModule());
        var load = Stopwatch.StartNew();
        await LoadAsync(database.ConnectionString, options.DisclosureEntries);
        Console.WriteLine($"  loaded {options.DisclosureEntries:N0} entries in {load.Elapsed.TotalSeconds:0.0} s (COPY + VACUUM ANALYZE)");

        var query = host.Services.GetRequiredService<PublicDisclosureQuery>();
        var random = new Random(7);
        var kinds = new (string Name, Func<Random, PublicDisclosureFilter> Filter)[]
        {
            ("noFilterPage1", _ => Filter(page: 1)),
            ("noFilterPage50", _ => Filter(page: 50)),
            ("agency", r => Filter(agency: Districts[1 + r.Next(Districts.Length - 1)])),
            ("category", _ => Filter(category: "Licensing")),
            ("qWord", r => Filter(text: Trades[r.Next(Trades.Length)] + "有限公司")),
            ("qCaseNumber", r => Filter(text: $"〔2025〕{r.Next(options.DisclosureEntries)}号")),
            ("dateRange30d", r => Filter(from: new DateOnly(2024, 1, 1).AddDays(r.Next(700)), days: 30)),
            ("agencyAndDate", r => Filter(agency: Cities[r.Next(Cities.Length)], from: new DateOnly(2024, 1, 1).AddDays(r.Next(700)), days: 90)),
        };
        foreach (var (name, filter) in kinds)
        {
            for (var i = 0; i < 20; i++) await query.ListAsync(filter(random), CancellationToken.None);
            var samples = new List<double>();
            long rows = 0;
            for (var i = 0; i < options.DisclosureSamples; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var page = await query.ListAsync(filter(random), CancellationToken.None);
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                rows += page.Total;
            }
            samples.Sort();
            Console.WriteLine($"  {name,-15} {samples.Count} samples: p50 {Percentile(samples, 0.50):0.00} ms, p95 {Percentile(samples, 0.95):0.00} ms, " +
                $"max {samples[^1]:0.00} ms, average total {rows / (double)samples.Count:0} entries");
        }
    }

    private static PublicDisclosureFilter Filter(int page = 1, string? agency = null, string? category = null, string? text = null,
        DateOnly? from = null, int days = 0) =>
        new(agency, category, from, from?.AddDays(days), text, page, 20);

    internal static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static async Task LoadAsync(string connectionString, int count)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var random = new Random(42);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY public_disclosure_entries (process_instance_key, entry_id, case_number, decision_number, category, agency, party_name, " +
            "party_credit_code, decision_summary, legal_basis, decision_date, decided_on, published_at, category_key, agency_key, search_text) " +
            "FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < count; i++)
            {
                var row = PublicDisclosureProjection.ToRow(1_000_000_000 + i, PublicDisclosureQuery.ToEntry(Variables(random, i))!);
                await writer.StartRowAsync();
                await writer.WriteAsync(row.ProcessInstanceKey, NpgsqlDbType.Bigint);
                foreach (var text in new[] { row.EntryId, row.CaseNumber, row.DecisionNumber, row.Category, row.Agency, row.PartyName,
                    row.PartyCreditCode, row.DecisionSummary, row.LegalBasis, row.DecisionDate, row.DecidedOn, row.PublishedAt, row.CategoryKey,
                    row.AgencyKey, row.SearchText })
                {
                    if (text is null) await writer.WriteNullAsync();
                    else await writer.WriteAsync(text, NpgsqlDbType.Text);
                }
            }
            await writer.CompleteAsync();
        }
        await using var analyze = new NpgsqlCommand("VACUUM ANALYZE public_disclosure_entries", connection) { CommandTimeout = 600 };
        await analyze.ExecuteNonQueryAsync();
    }

    /// <summary>A published disclosure instance's variables: three years of decisions across Henan agencies, half of them
    /// against natural persons (masked by ToEntry).</summary>
    private static JsonObject Variables(Random random, int i)
    {
        var decided = new DateOnly(2023, 1, 1).AddDays(random.Next(3 * 365));
        var published = decided.ToDateTime(new TimeOnly(9, 0)).AddDays(random.Next(1, 8)).AddMinutes(random.Next(600));
        var city = Cities[random.Next(Cities.Length)];
        var agency = city + Districts[random.Next(Districts.Length)] + Bureaus[random.Next(Bureaus.Length)];
        var person = random.Next(2) == 0;
        var party = person
            ? Surnames[random.Next(Surnames.Length)] + Surnames[random.Next(Surnames.Length)] + "明"
            : $"{city}{Surnames[random.Next(Surnames.Length)]}氏{Trades[random.Next(Trades.Length)]}有限公司";
        var category = random.Next(10) switch { < 6 => "Penalty", < 9 => "Licensing", _ => "Other" };
        var caseNumber = $"豫{city[..1]}市监罚〔2025〕{i}号";
        return new JsonObject
        {
            ["caseNumber"] = caseNumber,
            ["decisionNumber"] = caseNumber.Replace("罚", "罚决", StringComparison.Ordinal),
            ["category"] = category,
            ["partyKind"] = person ? "NaturalPerson" : "LegalPerson",
            ["partyName"] = party,
            ["partyCreditCode"] = person ? null : $"91410100MA{random.Next(10_000_000, 99_999_999)}X",
            ["decisionSummary"] = string.Format(CultureInfo.InvariantCulture, Summaries[random.Next(Summaries.Length)], random.Next(1, 50) * 1000),
            ["legalBasis"] = "《中华人民共和国食品安全法》第一百二十四条",
            ["decisionDate"] = decided.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["agency"] = new JsonObject { ["name"] = agency },
            ["publishedAt"] = new DateTimeOffset(published, TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["disclosureEntry"] = new JsonObject { ["entryId"] = $"GS-{i:D8}" },
        };
    }
}
