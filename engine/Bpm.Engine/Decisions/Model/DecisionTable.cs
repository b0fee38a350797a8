namespace Bpm.Engine.Decisions.Model;

public sealed record DecisionTable(HitPolicy HitPolicy, CollectAggregation Aggregation, IReadOnlyList<DecisionInput> Inputs,
    IReadOnlyList<DecisionOutput> Outputs, IReadOnlyList<DecisionRule> Rules, IReadOnlyList<string> AnnotationNames) : DecisionLogic;
