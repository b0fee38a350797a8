namespace Bpm.Studio.Tests;

/// <summary>Disclosure cases (workflows/disclosure.bpmn) the work-page tests start: the unit is 执法检查处, so its officers
/// (zhangwei) are candidates and its heads (majianguo, above it) oversee it.</summary>
public static class WorkPageCases
{
    public const string Unit = "410100-SCJGJ-ZFJCC";

    public static string TodayInChina => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static object Disclosure(string caseNumber, string decisionDate, string partyName = "王小明", string partyKind = "NaturalPerson") => new
    {
        organisationId = Unit, caseNumber, decisionNumber = $"{caseNumber}决", category = "Penalty", partyKind, partyName,
        decisionSummary = "销售超过保质期的食品，罚款人民币伍仟元。", legalBasis = "《中华人民共和国食品安全法》第一百二十四条", decisionDate,
    };

    /// <summary>The prepare form's values for the same case (what the officer confirms).</summary>
    public static object PrepareForm(string caseNumber, string decisionDate, string partyName = "王小明", string partyKind = "NaturalPerson") => new
    {
        decisionNumber = $"{caseNumber}决", category = "Penalty", partyKind, partyName,
        decisionSummary = "销售超过保质期的食品，罚款人民币伍仟元。", legalBasis = "《中华人民共和国食品安全法》第一百二十四条", decisionDate,
    };
}
