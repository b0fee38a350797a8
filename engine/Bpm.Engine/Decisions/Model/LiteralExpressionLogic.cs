using Bpm.Engine.Expressions;

namespace Bpm.Engine.Decisions.Model;

/// <summary>A decision whose value is one FEEL expression.</summary>
public sealed record LiteralExpressionLogic(FeelExpression Expression) : DecisionLogic;
