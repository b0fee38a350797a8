using System.Globalization;
using System.Text.Json.Nodes;
using Bpm.Contracts.V1;
using Bpm.Engine.Activities;

namespace Bpm.Activities.Disclosure;

/// <summary>Builds the disclosure entry (公示信息) of a decision in the shape of the <c>disclosure.publish.v1</c> contract
/// (DisclosurePublish without the envelope), personal data of natural persons masked. The send-task template
/// <c>bpm.send.disclosure.publish</c> maps each field from <c>disclosureEntry</c>.</summary>
[Activity(DisclosureActivities.EntryType, "生成公示信息", DisclosureActivities.Category, Mode = ActivityExecutionMode.Inline,
    Description = "按公示数据项生成行政处罚/许可决定公示信息（自然人姓名、身份证号、住址、电话脱敏），写入流程变量 disclosureEntry。")]
public sealed class DisclosureEntryActivity : IActivity
{
    [Input("决定书文号", Required = true, DefaultValue = "=decisionNumber")]
    public string DecisionNumber { get; set; } = "";

    [Input("公示类别", Description = "Penalty 处罚（默认）、Licensing 许可、Other 其他；也可填中文。", DefaultValue = "Penalty")]
    public string? Category { get; set; }

    [Input("当事人", Required = true, DefaultValue = "=party", Description = "{kind, name, creditCode, idNumber, address, phone}；kind 为 NaturalPerson/自然人 等。")]
    public JsonObject Party { get; set; } = [];

    [Input("违法事实", DefaultValue = "=facts")]
    public string? Facts { get; set; }

    [Input("处罚内容", DefaultValue = "=penalty.content")]
    public string? PenaltyContent { get; set; }

    [Input("法律依据", Required = true, DefaultValue = "=legalBasis")]
    public string LegalBasis { get; set; } = "";

    [Input("决定日期", Required = true, DefaultValue = "=decisionDate")]
    public string DecisionDate { get; set; } = "";

    [Input("执法机关", Required = true, DefaultValue = "=agency", Description = "{creditCode, name, regionCode}")]
    public JsonObject Agency { get; set; } = [];

    [Input("公示条目编号", Description = "缺省为 GS-<区划代码>-<年>-<流程实例号>。")]
    public string? EntryId { get; set; }

    [Input("公示截止日期", Description = "yyyy-MM-dd；缺省由公示平台确定。")]
    public string? PublishedUntil { get; set; }

    [Output("公示信息", Description = "disclosure.publish.v1 的各字段（不含信封）。")]
    public JsonObject? DisclosureEntry { get; private set; }

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var kind = PartyKinds.Parse((string?)Party["kind"]) ?? throw Invalid("party", $"party.kind must be NaturalPerson, LegalPerson, OtherOrganisation or SoleTrader (or 自然人, 法人, 其他组织, 个体工商户); got '{Party["kind"]}'.");
        var name = ((string?)Party["name"])?.Trim();
        if (string.IsNullOrEmpty(name)) throw Invalid("party", "party.name is required.");
        var category = ParseCategory(Category) ?? throw Invalid("category", $"category must be Penalty, Licensing or Other (or 处罚, 许可, 其他); got '{Category}'.");
        var decisionDate = ParseDate(DecisionDate, "decisionDate");
        var agencyName = (string?)Agency["name"];
        var agencyCode = (string?)Agency["creditCode"];
        if (string.IsNullOrWhiteSpace(agencyName) || string.IsNullOrWhiteSpace(agencyCode)) throw Invalid("agency", "agency needs name and creditCode.");

        var natural = kind == PartyKind.NaturalPerson;
        var address = (string?)Party["address"];
        var summary = string.Join("", new[] { Facts, PenaltyContent }.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim().TrimEnd('。') + "。"));
        summary = PersonalDataMasking.MaskText(summary, natural ? [name] : [], natural && address is not null ? [address] : []);
        var region = (string?)Agency["regionCode"] ?? "000000";
        DisclosureEntry = new JsonObject
        {
            ["entryId"] = string.IsNullOrWhiteSpace(EntryId)
                ? string.Create(CultureInfo.InvariantCulture, $"GS-{region}-{decisionDate.Year}-{context.Invocation.ProcessInstanceKey}")
                : EntryId.Trim(),
            ["decisionNumber"] = DecisionNumber.Trim(),
            ["category"] = category.ToString(),
            ["partyKind"] = kind.ToString(),
            ["partyName"] = natural ? PersonalDataMasking.MaskName(name) : name,
            ["partyCreditCode"] = natural ? null : (string?)Party["creditCode"],
            ["decisionSummary"] = summary.Length > 0 ? summary : throw Invalid("facts", "facts or penaltyContent is required for the decision summary."),
            ["legalBasis"] = LegalBasis.Trim(),
            ["decisionDate"] = decisionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["agency"] = new JsonObject { ["creditCode"] = agencyCode, ["name"] = agencyName, ["regionCode"] = (string?)Agency["regionCode"] },
            ["publishedUntil"] = string.IsNullOrWhiteSpace(PublishedUntil) ? null : ParseDate(PublishedUntil, "publishedUntil").ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        return ValueTask.CompletedTask;
    }

    private static DisclosureCategory? ParseCategory(string? text) => text?.Trim() switch
    {
        null or "" or "处罚" => DisclosureCategory.Penalty,
        "许可" => DisclosureCategory.Licensing,
        "其他" => DisclosureCategory.Other,
        var name => Enum.TryParse<DisclosureCategory>(name, true, out var c) && Enum.IsDefined(c) && !char.IsDigit(name[0]) ? c : null,
    };

    private static DateOnly ParseDate(string text, string input) =>
        Documents.Formatting.ChineseDates.Parse(text) ?? throw Invalid(input, $"{input} must be a date yyyy-MM-dd; got '{text}'.");

    private static ActivityInputException Invalid(string input, string message) =>
        new(DisclosureActivities.EntryType, input, $"Activity '{DisclosureActivities.EntryType}': {message}");
}
