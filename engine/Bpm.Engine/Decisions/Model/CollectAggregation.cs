namespace Bpm.Engine.Decisions.Model;

/// <summary>The aggregation of a COLLECT table (C+, C&lt;, C&gt;, C#); <see cref="None"/> gives the list of outputs.</summary>
public enum CollectAggregation { None, Sum, Min, Max, Count }
