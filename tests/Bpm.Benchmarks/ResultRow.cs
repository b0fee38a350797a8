namespace Bpm.Benchmarks;

/// <summary>One line of the results table. Target is empty when the issue sets none; Met is null then.</summary>
public sealed record ResultRow(string Provider, string Metric, string Value, string Target, bool? Met, string VsPgbench, string VsPeer, string Check);
