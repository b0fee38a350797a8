namespace Bpm.Benchmarks;

/// <summary>The bus figure: how long publishing took and when the last reply had been correlated (both from the first publish).</summary>
public sealed record BusBenchResult(string Provider, int Messages, TimeSpan Published, TimeSpan Correlated);
