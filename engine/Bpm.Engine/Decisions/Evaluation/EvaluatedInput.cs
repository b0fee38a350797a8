namespace Bpm.Engine.Decisions.Evaluation;

/// <summary>The value an input column's expression gave (a FEEL value).</summary>
public sealed record EvaluatedInput(string Id, string Label, object? Value);
