using System.Globalization;
using System.Text.Json.Nodes;
using Bpm.Activities.Disclosure;
using Bpm.Contracts.V1;
using Bpm.Engine.Activities;

namespace Bpm.Activities.Filing;

/// <summary>Builds the body of <c>major-penalty.filing.v1</c> (MajorPenaltyFiling without the envelope) from the case: the
/// major grounds follow the Henan thresholds (fine or confiscation of at least 10,000 yuan on a person or sole trader,
/// 100,000 on an organisation; suspension of business; licence revocation), and the generated documents become the filing
/// materials with their SHA-256. Sets <c>majorPenaltyFiling</c> and <c>isMajorPenalty</c>.</summary>
[Activity(FilingActivities.PayloadType, "生成重大行政处罚备案材料", DisclosureActivities.Category, Mode = ActivityExecutionMode.Inline,
    Description = "按河南省重大行政处罚标准判断重大情形，汇总已生成文书（含 SHA-256），写入 majorPenaltyFiling 与 isMajorPenalty。")]
public sealed class MajorPenaltyFilingPayloadActivity : IActivity
{
    public const decimal PersonThreshold = 10_000m;
    public const decimal OrganisationThreshold = 100_000m;

    [Input("决定书文号", Required = true, DefaultValue = "=decisionNumber")]
    public string DecisionNumber { get; set; } = "";

    [Input("处罚种类", Required = true, DefaultValue = "=penalty.kinds", Description = "PenaltyKind 名称列表，例如 [\"Fine\", \"ConfiscationOfIllegalGains\"]。")]
    public JsonArray PenaltyKinds { get; set; } = [];

    [Input("罚款金额（元）", DefaultValue = "=penalty.fineAmount")]
    public decimal? FineAmount { get; set; }

    [Input("没收金额（元）", DefaultValue = "=penalty.confiscatedAmount")]
    public decimal? ConfiscatedAmount { get; set; }

    [Input("当事人", Required = true, DefaultValue = "=party")]
    public JsonObject Party { get; set; } = [];

    [Input("决定日期", Required = true, DefaultValue = "=decisionDate")]
    public string DecisionDate { get; set; } = "";

    [Input("备案文书", DefaultValue = "=documents", Description = "bpm:generate-document 写入的 documents 变量。")]
    public JsonObject? Documents { get; set; }

    [Input("文书下载地址前缀", Description = "例如 https://bpm.example.gov.cn/api/documents/；缺省不提供下载地址。")]
    public string? DownloadBaseUrl { get; set; }

    [Output("备案材料")]
    public JsonObject? MajorPenaltyFiling { get; private set; }

    [Output("是否重大行政处罚")]
    public bool IsMajorPenalty { get; private set; }

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var kinds = PenaltyKinds.Select(k => Enum.TryParse<PenaltyKind>((string?)k, true, out var kind) && Enum.IsDefined(kind)
            ? kind : throw Invalid("penaltyKinds", $"'{k}' is not a PenaltyKind name.")).Distinct().ToList();
        if (kinds.Count == 0) throw Invalid("penaltyKinds", "at least one penalty kind is required.");
        var partyKind = PartyKinds.Parse((string?)Party["kind"]) ?? throw Invalid("party", $"party.kind is not a party kind: '{Party["kind"]}'.");
        var partyName = ((string?)Party["name"])?.Trim();
        if (string.IsNullOrEmpty(partyName)) throw Invalid("party", "party.name is required.");
        var date = Bpm.Activities.Documents.Formatting.ChineseDates.Parse(DecisionDate) ?? throw Invalid("decisionDate", $"'{DecisionDate}' is not a date.");

        var grounds = Grounds(kinds, partyKind);
        IsMajorPenalty = grounds.Count > 0;
        MajorPenaltyFiling = new JsonObject
        {
            ["decisionNumber"] = DecisionNumber.Trim(),
            ["penaltyKinds"] = new JsonArray(kinds.Select(k => (JsonNode?)JsonValue.Create(k.ToString())).ToArray()),
            ["fineAmount"] = FineAmount,
            ["confiscatedAmount"] = ConfiscatedAmount,
            ["partyKind"] = partyKind.ToString(),
            ["partyName"] = partyName,
            ["majorGrounds"] = new JsonArray(grounds.Select(g => (JsonNode?)JsonValue.Create(g.ToString())).ToArray()),
            ["majorGroundsExplanation"] = null,
            ["decisionDate"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["documents"] = DocumentRefs(),
        };
        return ValueTask.CompletedTask;
    }

    private List<MajorPenaltyGround> Grounds(List<PenaltyKind> kinds, PartyKind party)
    {
        var threshold = party is PartyKind.NaturalPerson or PartyKind.SoleTrader ? PersonThreshold : OrganisationThreshold;
        var grounds = new List<MajorPenaltyGround>();
        if (FineAmount >= threshold) grounds.Add(MajorPenaltyGround.LargeFine);
        if (ConfiscatedAmount >= threshold) grounds.Add(MajorPenaltyGround.LargeConfiscation);
        if (kinds.Contains(PenaltyKind.BusinessSuspension)) grounds.Add(MajorPenaltyGround.BusinessSuspension);
        if (kinds.Contains(PenaltyKind.LicenceRevocation)) grounds.Add(MajorPenaltyGround.LicenceRevocation);
        return grounds;
    }

    private JsonArray DocumentRefs()
    {
        var refs = new JsonArray();
        foreach (var (_, value) in Documents ?? [])
        {
            if (value is not JsonObject d || (string?)d["sha256"] is not { } sha) continue;
            var key = (string?)d["documentKey"];
            refs.Add(new JsonObject
            {
                ["title"] = (string?)d["title"] ?? (string?)d["name"],
                ["documentNumber"] = (string?)d["title"] == "行政处罚决定书" ? DecisionNumber.Trim() : null,
                ["fileName"] = (string?)d["name"],
                ["sha256"] = sha,
                ["sizeBytes"] = d["size"]?.DeepClone(),
                ["downloadUrl"] = string.IsNullOrWhiteSpace(DownloadBaseUrl) || key is null ? null : DownloadBaseUrl.TrimEnd('/') + "/" + key,
            });
        }
        return refs;
    }

    private static ActivityInputException Invalid(string input, string message) =>
        new(FilingActivities.PayloadType, input, $"Activity '{FilingActivities.PayloadType}': {message}");
}
