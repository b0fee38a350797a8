using Bpm.Engine.Decisions.Evaluation;
using Bpm.Engine.Decisions.Storage;

namespace Bpm.Engine.Decisions;

/// <summary>The decision version evaluated and what it gave.</summary>
public sealed record DecisionEvaluationResult(StoredDecision Decision, DecisionEvaluation Evaluation);
