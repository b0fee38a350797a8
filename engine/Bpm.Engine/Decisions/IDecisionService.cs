using System.Text.Json.Nodes;

namespace Bpm.Engine.Decisions;

/// <summary>Deployed decisions: list them, read their XML, evaluate one on variables (nothing is stored).</summary>
public interface IDecisionService
{
    /// <summary>The latest version of every decision, or every version of one decision id.</summary>
    Task<IReadOnlyList<DecisionDefinitionInfo>> ListAsync(string? decisionId, bool allVersions, CancellationToken ct);

    Task<DecisionDefinitionInfo?> GetAsync(long key, CancellationToken ct);

    /// <summary>The DMN file the decision version was deployed in, as deployed.</summary>
    Task<string?> GetXmlAsync(long key, CancellationToken ct);

    /// <summary>Evaluates the latest version (or <paramref name="version"/>). Throws <see cref="Runtime.EngineNotFoundException"/>
    /// when there is no such decision and <see cref="Evaluation.DecisionEvaluationException"/> when it cannot give a result.</summary>
    Task<DecisionEvaluationResult> EvaluateAsync(string decisionId, int? version, JsonObject? variables, CancellationToken ct);
}
