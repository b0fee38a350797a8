using Bpm.Engine.Expressions;

namespace Bpm.Engine.Decisions.Model;

/// <summary>An output column. <see cref="OutputValues"/> both restricts the values and orders them (PRIORITY, OUTPUT ORDER);
/// <see cref="Default"/> is the value when no rule matches.</summary>
public sealed record DecisionOutput(string Id, string Name, string Label, FeelUnaryTests? OutputValues, FeelExpression? Default, int? Line);
