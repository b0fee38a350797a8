using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bpm.Engine.Runtime.Projections;
using Bpm.Server.Discretion;
using Bpm.Server.Discretion.Storage;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Server.Tests.Workflows.License;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Bpm.Testing;

namespace Bpm.Server.Tests.Workflows.Summary;

/// <summary><c>GET /api/statistics/discretion</c> counts penalty decisions within, above and below their discretion
/// benchmark per violation and per unit, from cases decided through the API (行政处罚简易程序 on the real engine), and is
/// for reviewers, heads, supervisors and admin only. The counts come from the read model <c>decided_penalties</c>, which
/// must say what the cases' variables say (<see cref="DiscretionOracle"/>), follow a corrected decision, and be rebuilt
/// the same, completed cases and cases decided before the table existed included.</summary>
public abstract class DiscretionStatisticsScenarioTests(BpmServerFactory factory)
{
    private const string DemoPassword = "Demo@2026";
    private static readonly string[] Fields = ["decisions", "within", "above", "below", "notApplicable", "deviationsReasoned"];
    private readonly ScenarioDriver driver = new(factory);

    private Task<string> DecidedAsync(string? violation, string severity, bool organisation, string penaltyKind, decimal? fine, string? reason = null) =>
        new DecidedSummaryCases(driver).DecidedAsync(violation, severity, organisation, penaltyKind, fine, reason);

    private async Task<JsonObject> StatisticsAsync(string query = "") =>
        await (await driver.AdminAsync()).GetObjectAsync($"/api/statistics/discretion{query}");

    private static int[] Counts(JsonObject statistics, string list, string? key)
    {
        var row = statistics[list]!.AsArray().FirstOrDefault(r => r!["key"]?.GetValue<string>() == key);
        return row is null ? new int[6]
            : Fields.Select(f => row[f]!.GetValue<int>()).ToArray();
    }

    private static int[] Delta(int[] after, int[] before) => after.Zip(before, (a, b) => a - b).ToArray();

    [Fact]
    public async Task Decisions_are_counted_within_above_and_below_the_benchmark_per_violation_and_per_unit()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var day = $"?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        var before = await StatisticsAsync(day);

        var within = await DecidedAsync("price-unmarked", "轻微", organisation: true, "Fine", 1000);
        await DecidedAsync("price-unmarked", "轻微", organisation: true, "Fine", 2500, "当事人拒不改正且多次被投诉，按幅度以上处罚");
        await DecidedAsync("price-unmarked", "一般", organisation: false, "Fine", 200, "简易程序罚款上限为二百元，低于基准下限处罚");
        await DecidedAsync("price-unmarked", "一般", organisation: false, "Warning", null);
        await DecidedAsync(null, "", organisation: false, "Fine", 100);
        // Informed but not decided yet: not counted.
        await new DecidedSummaryCases(driver).InformedAsync();

        var after = await StatisticsAsync(day);
        //                  decisions within above below n/a reasoned
        Assert.Equal([4, 1, 1, 1, 1, 2], Delta(Counts(after, "byViolation", "price-unmarked"), Counts(before, "byViolation", "price-unmarked")));
        Assert.Equal([1, 0, 0, 0, 1, 0], Delta(Counts(after, "byViolation", null), Counts(before, "byViolation", null)));
        var unit = (await driver.InstanceAsync(within))["organisationId"]!.GetValue<string>();
        Assert.Equal([5, 1, 1, 1, 2, 2], Delta(Counts(after, "byUnit", unit), Counts(before, "byUnit", unit)));
        Assert.Equal(5, after["total"]!["decisions"]!.GetValue<int>() - before["total"]!["decisions"]!.GetValue<int>());
        // Each unit counted comes with its registry name, so the page shows 执法稽查处, not its id.
        Assert.Equal(Bpm.Server.Identity.Demo.DemoOrganisation.Units.Single(u => u.Id == unit).Name, after["unitNames"]![unit]!.GetValue<string>());
        Assert.Equal(after["byUnit"]!.AsArray().Count(r => r!["key"] is not null), after["unitNames"]!.AsObject().Count);

        var yesterday = today.AddDays(-1).ToString("yyyy-MM-dd");
        Assert.Equal(0, (await StatisticsAsync($"?from={yesterday}&to={yesterday}"))["total"]!["decisions"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_read_model_counts_what_the_cases_variables_say_under_every_filter()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        await DecidedAsync("price-unmarked", "轻微", organisation: true, "Fine", 1000);
        await DecidedAsync("price-unmarked", "轻微", organisation: true, "Fine", 2500, "当事人拒不改正且多次被投诉，按幅度以上处罚");
        await DecidedAsync(null, "", organisation: false, "Fine", 100);
        await new DecidedSummaryCases(driver).InformedAsync();

        DiscretionStatisticsFilter[] filters =
        [
            new(), new(today, today), new(Unit: "410100-SCJGJ"), new(Violation: "price-unmarked"),
            new(today, today, "410100-SCJGJ-ZFJCC", "price-unmarked"), new(today.AddDays(1)), new(Unit: "410200-SCJGJ"),
        ];
        foreach (var filter in filters)
            Assert.Equal(DiscretionOracle.Json(await DiscretionOracle.CountAsync(factory.Services, filter)),
                DiscretionOracle.Json(await StatisticsAsync(DiscretionOracle.Query(filter))));
        var narrow = await StatisticsAsync(DiscretionOracle.Query(filters[4]));
        Assert.True(narrow["total"]!["decisions"]!.GetValue<int>() >= 2, narrow.ToJsonString());
        Assert.Equal(0, (await StatisticsAsync(DiscretionOracle.Query(filters[5])))["total"]!["decisions"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_corrected_decision_is_counted_as_it_now_stands()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var key = await DecidedAsync("price-unmarked", "轻微", organisation: true, "Fine", 1000);
        var corrected = $"price-corrected-{key[^6..]}";
        Assert.Equal(0, (await StatisticsAsync($"?violation={corrected}"))["total"]!["decisions"]!.GetValue<int>());

        var admin = await driver.AdminAsync();
        var response = await admin.PutAsJsonAsync($"/api/process-instances/{key}/variables/violationType",
            new { value = corrected, reason = "违法行为类型录入错误，按现场检查笔录更正" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        var after = await StatisticsAsync($"?violation={corrected}&from={today:yyyy-MM-dd}");
        Assert.Equal([1, 1, 0, 0, 0, 0], Counts(after, "byViolation", corrected));
        var filter = new DiscretionStatisticsFilter(Violation: "price-unmarked");
        Assert.Equal(DiscretionOracle.Json(await DiscretionOracle.CountAsync(factory.Services, filter)),
            DiscretionOracle.Json(await StatisticsAsync(DiscretionOracle.Query(filter))));
    }

    [Fact]
    public async Task A_rebuild_equals_the_projection_and_counts_cases_decided_before_the_table_existed()
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var steps = new SummaryCaseSteps(driver);
        var completed = await DecidedAsync("price-unmarked", "一般", organisation: false, "Warning", null);
        await steps.DeliverAsync(completed, today);
        await steps.FileRecordAsync(completed, today);
        await steps.ArchiveAsync(completed);
        await driver.WaitForStateAsync(completed, "COMPLETED");
        await DecidedAsync("price-unmarked", "轻微", organisation: true, "Fine", 1200);

        var services = factory.Services;
        var projection = services.GetServices<IInstanceProjection>().OfType<DecidedPenaltyProjection>().Single();
        var rebuilder = services.GetRequiredService<InstanceProjectionRebuilder>();
        var projected = await RowsAsync();
        Assert.Contains($"\"processInstanceKey\":{completed},", projected, StringComparison.Ordinal);

        await rebuilder.RebuildAsync(projection, CancellationToken.None);
        Assert.Equal(projected, await RowsAsync());

        // As a database from before the table: no table, no module history, no record of the projection's build.
        await using (var db = await Contexts.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("DROP TABLE decided_penalties");
            await db.Database.ExecuteSqlRawAsync($"DROP TABLE {DiscretionSchema.HistoryTable}");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM instance_projections WHERE name = 'decided-penalties'");
        }
        var schema = services.GetServices<Bpm.Engine.Persistence.Migrations.IModuleSchema>().OfType<DiscretionSchema>().Single();
        Assert.Equal(["0001_decided_penalties"], await schema.MigrateAsync(CancellationToken.None));
        Assert.Contains(projection.Name, await rebuilder.RebuildStaleAsync(CancellationToken.None));

        Assert.Equal(projected, await RowsAsync());
        Assert.Equal(DiscretionOracle.Json(await DiscretionOracle.CountAsync(services, new())), DiscretionOracle.Json(await StatisticsAsync()));
    }

    private IDbContextFactory<DiscretionDbContext> Contexts => factory.Services.GetRequiredService<IDbContextFactory<DiscretionDbContext>>();

    private async Task<string> RowsAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return JsonSerializer.Serialize(await db.DecidedPenalties.AsNoTracking().OrderBy(r => r.ProcessInstanceKey).ToListAsync(), JsonSerializerOptions.Web);
    }

    [Fact]
    public async Task A_period_that_is_not_a_date_or_ends_before_it_starts_is_refused_naming_the_field()
    {
        var client = await driver.AdminAsync();
        var notADate = await (await client.GetAsync("/api/statistics/discretion?from=2026-13-01")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("from", notADate["field"]!.GetValue<string>());
        Assert.Contains("日期", notADate["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var reversed = await (await client.GetAsync("/api/statistics/discretion?from=2026-12-07&to=2026-01-01")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("to", reversed["field"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("zhangwei", false)]
    [InlineData("wujing", true)]
    [InlineData("yangfan", true)]
    [InlineData("guoxiaoyan", true)]
    [InlineData("xufan", false)]
    [InlineData("admin", true)]
    public async Task The_statistics_are_for_reviewers_heads_supervisors_and_admin(string user, bool allowed)
    {
        using var client = await factory.CreateAuthenticatedClientAsync(user, user == "admin" ? "admin" : DemoPassword);
        var response = await client.GetAsync("/api/statistics/discretion");
        if (allowed) Assert.NotNull((await response.ReadJsonObjectAsync(HttpStatusCode.OK))["total"]);
        else Assert.Equal("discretion-statistics-role", (await response.ReadProblemAsync(HttpStatusCode.Forbidden))["rule"]!.GetValue<string>());
    }
}
