using Bpm.Engine.Expressions;

namespace Bpm.Engine.Decisions.Model;

/// <summary>An input column: the expression computing its value and the values it allows (null: any).</summary>
public sealed record DecisionInput(string Id, string Label, FeelExpression Expression, FeelUnaryTests? InputValues, int? Line);
