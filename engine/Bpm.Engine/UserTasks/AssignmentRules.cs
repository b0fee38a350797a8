using Bpm.Engine.Model;

namespace Bpm.Engine.UserTasks;

/// <summary>The assignment rules a user task declares in its zeebe:taskHeaders (see docs/user-tasks.md, "Assignment rules").
/// Requiring officers implies requiring certificates: an officer without one is not qualified to confirm.</summary>
internal sealed record AssignmentRules(bool RequiresCertificate, IReadOnlyList<string> ExcludePerformersOf, int RequiredOfficers,
    bool RequiresLegalQualification = false, string? SeparationBasis = null, string? SeparatedPersonField = null)
{
    /// <summary>Optional: a form field holding the username of a person the task names (a hearing's host), who must keep the
    /// same separation of duties (<see cref="ExcludePerformersOfHeader"/>) as the performer.</summary>
    public const string ExcludePerformersFieldHeader = "excludePerformersField";

    /// <summary>Optional: the provision the model's separation of duties rests on, cited instead of the default one.</summary>
    public const string ExcludePerformersLawHeader = "excludePerformersLaw";

    public const string RequiresCertificateHeader = "requiresCertificate";
    public const string RequiresLegalQualificationHeader = "requiresLegalQualification";
    public const string ExcludePerformersOfHeader = "excludePerformersOf";
    public const string RequiredOfficersHeader = "requiredOfficers";

    public const string CertificateRule = "valid-enforcement-certificate";
    public const string CertificateLaw = People.OfficerQualification.Law;

    public const string SeparationRule = "separation-of-duties";
    public const string SeparationLaw =
        "《中华人民共和国行政处罚法》第五十八条（法制审核）；国办发〔2018〕118号（法制审核人员不得为案件承办人员）";

    public const string LegalQualificationRule = "legal-professional-qualification";
    public const string LegalQualificationLaw =
        "《中华人民共和国行政处罚法》第五十八条第二款（初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格）";

    public const string OfficersRule = "two-officers";
    public const string OfficersLaw = People.OfficerQualification.TeamLaw;

    public static readonly AssignmentRules None = new(false, [], 0);

    public static AssignmentRules Of(FlowNode node)
    {
        if (node is not TaskNode { Headers: var headers }) return None;
        var certificate = IsTrue(headers, RequiresCertificateHeader);
        var excluded = headers.TryGetValue(ExcludePerformersOfHeader, out var list)
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        var officers = headers.TryGetValue(RequiredOfficersHeader, out var count) && int.TryParse(count, out var n) ? n : 0;
        return new AssignmentRules(certificate || officers > 0, excluded, officers, IsTrue(headers, RequiresLegalQualificationHeader),
            Trimmed(headers, ExcludePerformersLawHeader), Trimmed(headers, ExcludePerformersFieldHeader));
    }

    private static string? Trimmed(IReadOnlyDictionary<string, string> headers, string header) =>
        headers.TryGetValue(header, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool IsTrue(IReadOnlyDictionary<string, string> headers, string header) =>
        headers.TryGetValue(header, out var flag) && string.Equals(flag.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
