namespace Bpm.Server.Identity.Vocabulary;

/// <summary>Who may hold an enforcement certificate, and where the rule comes from.</summary>
public static class CertificateRule
{
    public const string Name = "only-permanent-staff-hold-certificates";

    public const string Law =
        "《河南省行政执法条例》第二十条、第二十一条；《河南省行政执法证件管理办法》（河南省人民政府令第180号）";

    public static string Explain(string username, string employmentType) =>
        $"用户 {username} 的用工性质为「{employmentType}」：只有在编在职人员可以申领和持有行政执法证件，" +
        $"工勤人员、劳动合同工、聘用和临时人员不得持证执法（{Law}）。";
}
