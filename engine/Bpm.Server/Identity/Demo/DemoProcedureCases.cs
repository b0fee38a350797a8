using System.Text.Json.Nodes;

namespace Bpm.Server.Identity.Demo;

/// <summary>The demo cases of the licence and summary-penalty procedures: a licence application waiting at 受理审查 and an
/// on-the-spot warning decided, delivered, filed with the agency and archived. Each is seeded only when its own business key
/// is absent and its workflow is deployed, so a database seeded before these cases existed gains them on its next start and
/// a later start adds nothing.</summary>
public sealed class DemoProcedureCases(TimeProvider clock)
{
    public const string LicenceKey = "DEMO-XK-0001";
    public const string SummaryPenaltyKey = "DEMO-JY-0001";
    private const string LicenceProcess = "administrative-license";
    private const string SummaryProcess = "administrative-penalty-summary";
    private const string Unit = "410100-SCJGJ-ZFJCC";
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>Seeds the cases that are missing; returns their business keys.</summary>
    public async Task<IReadOnlyList<string>> SeedAsync(DemoCaseDriver driver, CancellationToken ct)
    {
        var seeded = new List<string>();
        if (await IsMissingAsync(driver, LicenceProcess, LicenceKey, ct))
        {
            await LicenceAtAcceptanceReviewAsync(driver, ct);
            seeded.Add(LicenceKey);
        }
        if (await IsMissingAsync(driver, SummaryProcess, SummaryPenaltyKey, ct))
        {
            await SummaryWarningArchivedAsync(driver, ct);
            seeded.Add(SummaryPenaltyKey);
        }
        return seeded;
    }

    private static async Task<bool> IsMissingAsync(DemoCaseDriver driver, string process, string key, CancellationToken ct) =>
        await driver.IsDeployedAsync(process, ct) && !await driver.ExistsAsync(process, key, ct);

    private string Today() => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(China).DateTime).ToString("yyyy-MM-dd");

    /// <summary>Registered today by 张伟; the acceptance review (5 working days, 行政许可法第三十二条) is open for him.</summary>
    private async Task LicenceAtAcceptanceReviewAsync(DemoCaseDriver driver, CancellationToken ct)
    {
        var key = await driver.StartAsync(LicenceProcess, LicenceKey, new JsonObject { ["organisationId"] = Unit }, ct);
        await driver.CompleteAsync("zhangwei", key, "register", new JsonObject
        {
            ["applicantKind"] = "LegalPerson", ["applicantName"] = "郑州某餐饮管理有限公司", ["applicantCreditCode"] = "91410100MA45ABCD2Y",
            ["applicantAddress"] = "郑州市金水区经三路66号", ["licenceItem"] = "食品经营许可", ["applicationContent"] = "申请从事热食类食品制售",
            ["materials"] = "食品经营许可申请书、营业执照复印件、经营场所平面图", ["applicationDate"] = Today(),
        }, ct);
        await driver.OpenTaskAsync(key, "acceptReview", ct);
    }

    /// <summary>张伟 warns a shop-keeper on the spot (行政处罚法第五十一条), 马建国 records the filing, 张伟 archives the case.</summary>
    private async Task SummaryWarningArchivedAsync(DemoCaseDriver driver, CancellationToken ct)
    {
        var key = await driver.StartAsync(SummaryProcess, SummaryPenaltyKey, new JsonObject { ["organisationId"] = Unit }, ct);
        await driver.CompleteAsync("zhangwei", key, "inform", new JsonObject
        {
            ["officerName"] = "张伟", ["officerCertificateNumber"] = "41010024000101", ["certificateShown"] = true,
            ["partyKind"] = "NaturalPerson", ["partyName"] = "李四", ["partyIdNumber"] = "410105199001011234", ["partyAddress"] = "郑州市金水区文化路12号",
            ["facts"] = "当事人在经营场所未按规定公示营业执照", ["violatedProvision"] = "《无证无照经营查处办法》第十二条",
            ["legalBasis"] = "《无证无照经营查处办法》第十二条", ["penaltyKind"] = "Warning", ["partyResponse"] = "accept",
        }, ct);
        await driver.CompleteAsync("zhangwei", key, "decide", new JsonObject
        {
            ["penaltyKind"] = "Warning", ["decisionPlace"] = "郑州市金水区文化路12号", ["disclosureRequired"] = "no",
        }, ct);
        await driver.CompleteAsync("zhangwei", key, "deliver", new JsonObject { ["deliveredOn"] = Today(), ["partySigned"] = "signed" }, ct);
        await driver.CompleteAsync("majianguo", key, "recordFiling", new JsonObject { ["recordNumber"] = "郑市监简备〔2026〕1号", ["recordedOn"] = Today() }, ct);
        await driver.CompleteAsync("zhangwei", key, "archive", new JsonObject { ["archiveNumber"] = "JY-DEMO-0001" }, ct);
    }
}
