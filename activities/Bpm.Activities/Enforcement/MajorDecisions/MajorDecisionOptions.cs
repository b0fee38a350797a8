namespace Bpm.Activities.Enforcement.MajorDecisions;

/// <summary>Configuration section <c>Bpm:Enforcement:MajorDecision</c>: <see cref="Defaults"/> and per-organisation overrides
/// keyed by organisation id. Each field comes from the nearest organisation that sets it (the case's, then its ancestors),
/// else from <see cref="Defaults"/>, else from <see cref="Henan"/> (省政府令第168号).</summary>
public sealed class MajorDecisionOptions
{
    public const string Section = EnforcementActivities.ConfigurationSection + ":MajorDecision";

    public const string HenanStatute = "《河南省重大行政处罚备案审查办法》（河南省人民政府令第168号）";

    /// <summary>Not the initial value of <see cref="Defaults"/>: the configuration binder appends to a list it finds there.</summary>
    public static MajorDecisionSettings Henan => new()
    {
        PersonFineThreshold = 10_000m,
        OrganisationFineThreshold = 100_000m,
        PersonConfiscationThreshold = 10_000m,
        OrganisationConfiscationThreshold = 100_000m,
        MajorPenaltyKinds = ["责令停产停业", "吊销许可证", "吊销企业许可证", "吊销营业执照"],
        Statute = HenanStatute,
    };

    public MajorDecisionSettings Defaults { get; set; } = new();

    public Dictionary<string, MajorDecisionSettings> Organisations { get; set; } = new(StringComparer.Ordinal);
}
