using System.Text.Json.Nodes;
using Bpm.Engine.Decisions;
using Bpm.Engine.Runtime;

namespace Bpm.Activities.Enforcement.MajorDecisions;

/// <summary>The 重大执法决定目录 as deployed (workflows/discretion/major-decisions.dmn, decision
/// <see cref="DecisionId"/>): the engine evaluates the latest deployed version, so the 法规处 change the thresholds by
/// deploying a new version of the table. Each proposed penalty kind is evaluated once and the reasons are joined.</summary>
internal static class MajorDecisionTable
{
    public const string DecisionId = "major-decision-reasons";
    private const string BasisAnnotation = "依据";

    /// <summary>The reasons (empty: not major), or null when the table is not deployed (the caller falls back).</summary>
    public static async Task<IReadOnlyList<string>?> ReasonsAsync(IDecisionService decisions, string partyKind, decimal fine, decimal confiscation,
        IReadOnlyList<string> penaltyKinds, CancellationToken ct)
    {
        var reasons = new List<string>();
        IEnumerable<string?> kinds = penaltyKinds.Count == 0 ? new string?[] { null } : penaltyKinds.Cast<string?>();
        foreach (var kind in kinds)
        {
            DecisionEvaluationResult result;
            try
            {
                result = await decisions.EvaluateAsync(DecisionId, null, new JsonObject
                {
                    ["partyType"] = partyKind == PartyKinds.Person ? "公民" : "法人或者其他组织",
                    ["fineAmount"] = fine, ["confiscationValue"] = confiscation, ["penaltyKind"] = kind,
                }, ct);
            }
            catch (EngineNotFoundException)
            {
                return null;
            }
            foreach (var rule in result.Evaluation.MatchedRules)
            {
                var basis = rule.Annotations.GetValueOrDefault(BasisAnnotation);
                var reason = $"{rule.Outputs.Values.FirstOrDefault()}（{(basis is null ? "" : basis + "；")}重大执法决定目录第 {result.Decision.Version} 版规则 {rule.Index}）";
                if (!reasons.Contains(reason, StringComparer.Ordinal)) reasons.Add(reason);
            }
        }
        return reasons;
    }
}
