using Bpm.Engine.Expressions;

namespace Bpm.Engine.Decisions.Model;

/// <summary>One row: an input entry per input column, an output entry per output column (null: no value), and its
/// annotations by annotation column name. <see cref="Index"/> counts from 1, as people number the rows.</summary>
public sealed record DecisionRule(string Id, int Index, string? Description, IReadOnlyList<FeelUnaryTests> InputEntries,
    IReadOnlyList<FeelExpression?> OutputEntries, IReadOnlyDictionary<string, string> Annotations, int? Line);
