namespace Bpm.Activities.Enforcement.Sampling;

/// <summary>A case file picked for review. The key is a string like every key the engine hands out (a 64-bit integer).</summary>
public sealed record SampledCase(string ProcessInstanceKey, string? BusinessKey);
