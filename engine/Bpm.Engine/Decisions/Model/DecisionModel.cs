namespace Bpm.Engine.Decisions.Model;

/// <summary>One decision of a DMN file. Decisions requiring it read its result under <see cref="VariableName"/> (its
/// variable's name, else its name) and under its id.</summary>
public sealed record DecisionModel(string Id, string Name, string VariableName, IReadOnlyList<string> RequiredDecisions,
    DecisionLogic Logic, int? Line);
