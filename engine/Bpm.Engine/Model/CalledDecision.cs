namespace Bpm.Engine.Model;

/// <summary>A business rule task's zeebe:calledDecision: the decision (latest version) and the variable its result goes to.</summary>
public sealed record CalledDecision(string DecisionId, string ResultVariable);
