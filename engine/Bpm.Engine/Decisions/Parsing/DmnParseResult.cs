using Bpm.Engine.Decisions.Model;
using Bpm.Engine.Parsing;

namespace Bpm.Engine.Decisions.Parsing;

/// <summary>The decision graph of a DMN file, or the problems that make it unusable (then <see cref="Graph"/> is null).</summary>
public sealed record DmnParseResult(DecisionGraph? Graph, IReadOnlyList<ValidationError> Errors);
