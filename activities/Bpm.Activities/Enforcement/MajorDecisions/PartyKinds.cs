namespace Bpm.Activities.Enforcement.MajorDecisions;

/// <summary>The two kinds of party the thresholds distinguish. 个体工商户 counts as a natural person (民法典第五十四条).</summary>
public static class PartyKinds
{
    public const string Person = "PERSON";
    public const string Organisation = "ORGANISATION";

    private static readonly string[] PersonNames = [Person, "NATURAL_PERSON", "自然人", "公民", "个人", "个体工商户"];
    private static readonly string[] OrganisationNames = [Organisation, "LEGAL_PERSON", "法人", "其他组织", "法人或者其他组织", "单位", "组织"];

    /// <summary>PERSON, ORGANISATION, or null when the text is neither.</summary>
    public static string? Normalise(string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (PersonNames.Contains(trimmed, StringComparer.OrdinalIgnoreCase)) return Person;
        if (OrganisationNames.Contains(trimmed, StringComparer.OrdinalIgnoreCase)) return Organisation;
        return null;
    }

    public static string Accepted => string.Join("、", PersonNames.Concat(OrganisationNames));
}
