namespace Bpm.Server.Tests.Workflows;

/// <summary>The decision a disclosure scenario publishes: the start variables and the officer's form values.</summary>
public static class DisclosureCase
{
    public static object Variables(string caseNumber, string category, string decisionDate, string? publishedUntil = null) => new
    {
        caseNumber, decisionNumber = "郑市监罚字〔2025〕15号", category, partyKind = "NaturalPerson", partyName = "张三丰",
        decisionSummary = "销售不符合食品安全标准的食品，罚款人民币壹万伍仟元。", legalBasis = "《中华人民共和国食品安全法》第一百二十四条",
        decisionDate, publishedUntil,
    };

    public static object FormValues(string category, string decisionDate) => new
    {
        decisionNumber = "郑市监罚字〔2025〕15号", category, partyKind = "NaturalPerson", partyName = "张三丰",
        decisionSummary = "销售不符合食品安全标准的食品，罚款人民币壹万伍仟元。", legalBasis = "《中华人民共和国食品安全法》第一百二十四条",
        decisionDate,
    };
}
