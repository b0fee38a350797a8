namespace Bpm.Server.Tests.Workflows.Summary;

/// <summary>The steps of 行政处罚简易程序 (workflows/administrative-penalty-summary.bpmn): 张伟 (执法稽查处, valid certificate) decides on
/// the spot; the agency's head 马建国 records the filing.</summary>
public sealed class SummaryCaseSteps(ScenarioDriver driver)
{
    public const string Officer = "zhangwei";
    public const string Head = "majianguo";

    public Task<string> StartAsync() =>
        driver.StartAsync("administrative-penalty-summary", new { organisationId = "410100-SCJGJ-ZFJCC" }, $"简易-{Guid.NewGuid():N}"[..20]);

    /// <summary>The inform form for a citizen (or an organisation) with the proposed penalty.</summary>
    public static Dictionary<string, object?> Inform(string penaltyKind, decimal? fine, bool organisation = false, bool defence = false)
    {
        var values = new Dictionary<string, object?>
        {
            ["officerName"] = "张伟", ["officerCertificateNumber"] = "豫A0101234", ["certificateShown"] = true,
            ["partyKind"] = organisation ? "LegalPerson" : "NaturalPerson",
            ["partyName"] = organisation ? "郑州某商贸有限公司" : "李四",
            ["partyAddress"] = "郑州市金水区文化路12号",
            ["facts"] = "当事人在经营场所未按规定公示营业执照", ["violatedProvision"] = "《无证无照经营查处办法》第十二条",
            ["legalBasis"] = "《无证无照经营查处办法》第十二条", ["penaltyKind"] = penaltyKind,
            ["partyResponse"] = defence ? "defence" : "accept",
        };
        if (organisation) values["partyCreditCode"] = "91410100MA46EFGH3K";
        else values["partyIdNumber"] = "410105199001011234";
        if (fine is { } amount) values[organisation ? "organisationFineAmount" : "citizenFineAmount"] = amount;
        if (defence) values["defenceStatement"] = "当事人称营业执照正在办理变更，系初次违法";
        return values;
    }

    public static Dictionary<string, object?> Decision(string penaltyKind, decimal? fine, bool organisation = false, string paymentMethod = "bank",
        bool disclose = false)
    {
        var values = new Dictionary<string, object?> { ["penaltyKind"] = penaltyKind, ["decisionPlace"] = "郑州市金水区文化路12号", ["disclosureRequired"] = disclose ? "yes" : "no" };
        if (fine is { } amount)
        {
            values[organisation ? "organisationFineAmount" : "citizenFineAmount"] = amount;
            values["paymentMethod"] = paymentMethod;
            if (paymentMethod == "onSpot") values["onSpotGround"] = amount <= 100 ? "small" : "hardToCollect";
        }
        return values;
    }

    public Task DeliverAsync(string key, DateOnly on) =>
        driver.CompleteAsync(Officer, key, "deliver", new { deliveredOn = on.ToString("yyyy-MM-dd"), partySigned = "signed" });

    public Task FileRecordAsync(string key, DateOnly on) =>
        driver.CompleteAsync(Head, key, "recordFiling", new { recordNumber = $"备-{key[^4..]}", recordedOn = on.ToString("yyyy-MM-dd") });

    public Task ArchiveAsync(string key) =>
        driver.CompleteAsync(Officer, key, "archive", new { archiveNumber = $"JY-2026-{key[^4..]}" });
}
