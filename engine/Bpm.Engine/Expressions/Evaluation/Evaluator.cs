namespace Bpm.Engine.Expressions.Evaluation;

/// <summary>A compiled piece of an expression: computes its value in a scope.</summary>
internal delegate object? Evaluator(Scope scope);
