namespace Bpm.Engine.Decisions.Model;

/// <summary>The decision requirements graph of one DMN file (its <c>definitions</c>): every decision by id.</summary>
public sealed record DecisionGraph(string Id, string Name, IReadOnlyDictionary<string, DecisionModel> Decisions);
