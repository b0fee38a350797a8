using Bpm.Engine.Expressions;

namespace Bpm.Engine.Model;

/// <summary>zeebe:taskDefinition: the activity type (static or FEEL) and the number of retries (default 3).</summary>
public sealed record TaskDefinition(FeelExpression Type, FeelExpression Retries);
