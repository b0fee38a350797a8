namespace Bpm.Engine.Expressions;

/// <summary>An expression failed while being evaluated.</summary>
public sealed class FeelEvaluationException(string message, Exception? inner = null) : Exception(message, inner);
