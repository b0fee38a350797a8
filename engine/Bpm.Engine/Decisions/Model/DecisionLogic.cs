namespace Bpm.Engine.Decisions.Model;

/// <summary>What a decision evaluates: a <see cref="DecisionTable"/> or a <see cref="LiteralExpressionLogic"/>.</summary>
public abstract record DecisionLogic;
