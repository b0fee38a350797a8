using Bpm.Engine.Expressions;

namespace Bpm.Engine.Model;

/// <summary>One zeebe:input or zeebe:output: evaluate <see cref="Source"/> and assign it to <see cref="Target"/> (a name or a dotted path).</summary>
public sealed record VariableMapping(FeelExpression Source, string Target);
