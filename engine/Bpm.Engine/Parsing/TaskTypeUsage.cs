using Bpm.Engine.Expressions;
using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>One zeebe:taskDefinition in a process: the node that carries it and its type (static or FEEL).</summary>
public sealed record TaskTypeUsage(FlowNode Node, FeelExpression Type);
