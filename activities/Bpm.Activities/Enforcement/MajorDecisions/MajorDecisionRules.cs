using System.Globalization;

namespace Bpm.Activities.Enforcement.MajorDecisions;

/// <summary>The effective thresholds and catalogue for one case, and the judgement: which of the proposed penalties make
/// the decision major, each with its reason in Chinese.</summary>
public sealed record MajorDecisionRules(decimal PersonFineThreshold, decimal OrganisationFineThreshold, decimal PersonConfiscationThreshold,
    decimal OrganisationConfiscationThreshold, IReadOnlyList<string> MajorPenaltyKinds, string Statute)
{
    /// <summary>Lays the settings over each other, nearest first: each field comes from the first that sets it.</summary>
    /// <exception cref="InvalidOperationException">No setting gives a field, or a threshold is negative.</exception>
    public static MajorDecisionRules Resolve(IReadOnlyList<MajorDecisionSettings> nearestFirst)
    {
        decimal Threshold(Func<MajorDecisionSettings, decimal?> field, string name)
        {
            var value = nearestFirst.Select(field).FirstOrDefault(v => v is not null)
                ?? throw new InvalidOperationException($"{MajorDecisionOptions.Section}: {name} is not configured.");
            return value >= 0 ? value : throw new InvalidOperationException($"{MajorDecisionOptions.Section}: {name} must not be negative (got {value}).");
        }
        return new MajorDecisionRules(
            Threshold(s => s.PersonFineThreshold, nameof(MajorDecisionSettings.PersonFineThreshold)),
            Threshold(s => s.OrganisationFineThreshold, nameof(MajorDecisionSettings.OrganisationFineThreshold)),
            Threshold(s => s.PersonConfiscationThreshold, nameof(MajorDecisionSettings.PersonConfiscationThreshold)),
            Threshold(s => s.OrganisationConfiscationThreshold, nameof(MajorDecisionSettings.OrganisationConfiscationThreshold)),
            nearestFirst.Select(s => s.MajorPenaltyKinds).FirstOrDefault(k => k is not null)?.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).ToList() ?? [],
            nearestFirst.Select(s => s.Statute).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s)) ?? MajorDecisionOptions.HenanStatute);
    }

    /// <summary>The reasons the proposed penalties are major (empty: not major). Amounts are in yuan.</summary>
    public IReadOnlyList<string> Reasons(string partyKind, decimal fine, decimal confiscation, IEnumerable<string> penaltyKinds)
    {
        var person = partyKind == PartyKinds.Person;
        var party = person ? "公民" : "法人或者其他组织";
        var reasons = new List<string>();
        var fineLimit = person ? PersonFineThreshold : OrganisationFineThreshold;
        if (fine >= fineLimit)
            reasons.Add($"对{party}处以 {Yuan(fine)} 元罚款，达到 {Yuan(fineLimit)} 元以上罚款的重大行政处罚标准（{Statute}）");
        var confiscationLimit = person ? PersonConfiscationThreshold : OrganisationConfiscationThreshold;
        if (confiscation >= confiscationLimit)
            reasons.Add($"没收违法所得、没收非法财物价值 {Yuan(confiscation)} 元，达到相当于 {Yuan(confiscationLimit)} 元以上罚款的重大行政处罚标准（{Statute}）");
        foreach (var kind in penaltyKinds.Select(k => k.Trim()).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
        {
            var entry = MajorPenaltyKinds.FirstOrDefault(e => kind.StartsWith(e, StringComparison.Ordinal));
            if (entry is not null)
                reasons.Add($"处罚种类「{kind}」属于重大行政处罚（{entry}）（{Statute}）");
        }
        return reasons;
    }

    private static string Yuan(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture);
}
