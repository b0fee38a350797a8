using Bpm.Engine.Expressions;

namespace Bpm.Engine.Model;

public enum TimerKind { Date, Duration, Cycle }

/// <summary>timeDate / timeDuration / timeCycle: an ISO 8601 literal or a FEEL expression.</summary>
public sealed record TimerDefinition(TimerKind Kind, string Text, FeelExpression Expression);
