namespace Bpm.Engine.Decisions.Evaluation;

/// <summary>A rule whose every input entry matched, with its outputs by output name (FEEL values) and its annotations.</summary>
public sealed record MatchedRule(string RuleId, int Index, IReadOnlyDictionary<string, object?> Outputs, IReadOnlyDictionary<string, string> Annotations);
