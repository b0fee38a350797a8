using System.Text.Json.Nodes;
using Bpm.Engine.Messaging;
using Microsoft.Extensions.Options;

namespace Bpm.Server.Identity.Demo;

/// <summary>Once the workflows are deployed, starts a few demo cases and moves them to different stages so a newcomer sees
/// a living system: a 法制审核 in its second review round, a complaint whose handling period ran out (an OVERDUE escalation
/// to the heads of 执法稽查处), a published disclosure, a 示范点培育 cycle in acceptance, and (<see cref="DemoProcedureCases"/>)
/// a licence application at 受理审查 and an archived summary-procedure warning. Everything goes through the
/// engine's public services as the demo people; nothing is written to tables directly. Skipped when <c>Bpm:Demo:Seed</c>
/// or <c>Bpm:Demo:Cases</c> is false, when a workflow is missing, and when the cases exist already (a second start adds
/// nothing).</summary>
public sealed class DemoCasesSeeder(IServiceProvider services, IOptions<DemoOptions> options, IConfiguration configuration,
    TimeProvider clock, ILogger<DemoCasesSeeder> logger) : BackgroundService
{
    public const string LegalReviewKey = "DEMO-FZSH-0001";
    public const string ComplaintKey = "DEMO-TS-0001";
    public const string DisclosureKey = "DEMO-GS-0001";
    public const string DemonstrationSiteKey = "DEMO-SFD-410105";
    private static readonly string[] Processes = ["legal-review", "complaint", "disclosure", "demonstration-site-cycle"];
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        if (!options.Value.Seed || !options.Value.Cases) return;
        try
        {
            await using var scope = services.CreateAsyncScope();
            var driver = scope.ServiceProvider.GetRequiredService<DemoCaseDriver>();
            foreach (var process in Processes)
                if (!await driver.IsDeployedAsync(process, ct))
                {
                    logger.LogInformation("Demo cases skipped: workflow {Process} is not deployed.", process);
                    return;
                }
            var seeded = new List<string>();
            if (!await driver.ExistsAsync("demonstration-site-cycle", DemonstrationSiteKey, ct))
            {
                await LegalReviewInRoundTwoAsync(driver, ct);
                await OverdueComplaintAsync(driver, ct);
                await PublishedDisclosureAsync(driver, scope.ServiceProvider.GetRequiredService<IMessageCorrelator>(), ct);
                // Last: its business key marks these four cases as seeded.
                await DemonstrationSiteInAcceptanceAsync(driver, ct);
                seeded.AddRange([LegalReviewKey, ComplaintKey, DisclosureKey, DemonstrationSiteKey]);
            }
            // Guarded case by case, so a database seeded before they were added gains them too.
            seeded.AddRange(await new DemoProcedureCases(clock).SeedAsync(driver, ct));
            if (seeded.Count > 0) logger.LogInformation("Seeded the demo cases {Keys}.", string.Join(", ", seeded));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Seeding the demo cases stopped; the server runs without them.");
        }
    }

    private static async Task LegalReviewInRoundTwoAsync(DemoCaseDriver driver, CancellationToken ct)
    {
        var key = await driver.StartAsync("legal-review", LegalReviewKey, new JsonObject { ["caseNumber"] = LegalReviewKey, ["organisationId"] = "410100-SCJGJ-FGC" }, ct);
        await driver.CompleteAsync("zhoumin", key, "review", new JsonObject { ["reviewConclusion"] = "problems", ["reviewOpinion"] = "第1轮：罚款数额的裁量理由不充分" }, ct);
        await driver.CompleteAsync("zhangwei", key, "correct", new JsonObject { ["unitResponse"] = "corrected", ["unitPosition"] = "已补充裁量说明和同类案件对比" }, ct);
        await driver.OpenTaskAsync(key, "review", ct);
    }

    /// <summary>Received two weeks ago: the five working days ran out before the handler got it.</summary>
    private async Task OverdueComplaintAsync(DemoCaseDriver driver, CancellationToken ct)
    {
        var received = clock.GetUtcNow().ToOffset(China).AddDays(-14);
        var key = await driver.StartAsync("complaint", ComplaintKey, new JsonObject
        {
            ["receivedAt"] = new DateTimeOffset(received.Year, received.Month, received.Day, 9, 0, 0, China).ToString("yyyy-MM-ddTHH:mm:sszzz"),
            ["organisationId"] = "410100-SCJGJ-ZFJCC",
        }, ct);
        await driver.CompleteAsync("zhangwei", key, "register", new JsonObject { ["content"] = "某超市销售过期食品，执法人员接报后未及时处理", ["channel"] = "Visit" }, ct);
        await driver.CompleteAsync("majianguo", key, "assign", new JsonObject { ["handler"] = "zhangwei" }, ct);
        await driver.OpenTaskAsync(key, "handle", ct);
    }

    private async Task PublishedDisclosureAsync(DemoCaseDriver driver, IMessageCorrelator messages, CancellationToken ct)
    {
        var decided = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(China).DateTime).AddDays(-3).ToString("yyyy-MM-dd");
        var key = await driver.StartAsync("disclosure", DisclosureKey, new JsonObject
        {
            ["caseNumber"] = DisclosureKey, ["decisionNumber"] = "郑市监罚〔2026〕0007号", ["category"] = "Penalty", ["partyKind"] = "NaturalPerson",
            ["partyName"] = "王小明", ["decisionSummary"] = "销售超过保质期的食品，没收违法所得并罚款人民币伍仟元。",
            ["legalBasis"] = "《中华人民共和国食品安全法》第一百二十四条", ["decisionDate"] = decided, ["organisationId"] = "410100-SCJGJ-ZFJCC",
        }, ct);
        await driver.CompleteAsync("zhangwei", key, "prepare", new JsonObject
        {
            ["decisionNumber"] = "郑市监罚〔2026〕0007号", ["category"] = "Penalty", ["partyKind"] = "NaturalPerson", ["partyName"] = "王小明",
            ["decisionSummary"] = "销售超过保质期的食品，没收违法所得并罚款人民币伍仟元。", ["legalBasis"] = "《中华人民共和国食品安全法》第一百二十四条",
            ["decisionDate"] = decided,
        }, ct);
        // Without the agency simulator nobody answers the publication request; the platform's receipt is given here instead.
        if (!configuration.GetValue<bool>("Bpm:AgencySimulator:Enabled"))
            await messages.PublishAsync(new PublishMessageCommand("disclosure.acknowledged.v1", DisclosureKey, new JsonObject
            {
                ["publicUrl"] = $"https://xygs.henan.gov.cn/gs/{DisclosureKey}", ["appliedAt"] = clock.GetUtcNow().ToString("O"),
            }, TimeSpan.FromDays(1), $"demo-{DisclosureKey}-ack"), ct);
    }

    private async Task DemonstrationSiteInAcceptanceAsync(DemoCaseDriver driver, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(China).DateTime);
        var deadline = new DateOnly(today.Year, 9, 30) > today ? new DateOnly(today.Year, 9, 30) : new DateOnly(today.Year + 1, 9, 30);
        string[] units = ["金水区市场监督管理局", "金水区城市管理局", "金水区卫生健康委员会"];
        var key = await driver.StartAsync("demonstration-site-cycle", DemonstrationSiteKey, new JsonObject
        {
            ["areaId"] = "410105", ["areaName"] = "金水区", ["areaKind"] = "county", ["recommendationDeadline"] = deadline.ToString("yyyy-MM-dd"),
            ["candidateUnits"] = new JsonArray(units.Select(u => (JsonNode)JsonValue.Create(u)!).ToArray()), ["organisationId"] = "410105-SCJGJ",
            ["groups"] = new JsonObject { ["unit"] = "js-scjg-zhifa", ["head"] = "js-scjg-leaders", ["supervisor"] = "zz-sfj-jiandu" },
        }, ct);
        foreach (var _ in units)
            await driver.CompleteAsync("huangzhigang", key, "select", new JsonObject { ["selected"] = "yes", ["selectionReason"] = "执法基础较好" }, ct);
        foreach (var _ in units)
            await driver.CompleteAsync("wangqiang", key, "selfInspect", SelfInspection(), ct);
        await driver.CompleteAsync("huangzhigang", key, "recommend", new JsonObject { ["recommendedUnit"] = units[0], ["recommendedOrganisationId"] = "410105-SCJGJ", ["recommendationReason"] = "七项标准全部达标" }, ct);
        await driver.OpenTaskAsync(key, "hearReport", ct);
    }

    private static JsonObject SelfInspection() => new()
    {
        ["standardLawfulEntity"] = "met", ["standardClearPowers"] = "met", ["standardStandardEnforcement"] = "met",
        ["standardEffectiveSupervision"] = "met", ["standardAccountability"] = "met", ["standardTraining"] = "met",
        ["standardPublicSatisfaction"] = "met", ["selfInspectionReport"] = "对照七项标准逐项自查，均已达标",
    };
}
