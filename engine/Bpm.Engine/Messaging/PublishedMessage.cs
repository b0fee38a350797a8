namespace Bpm.Engine.Messaging;

/// <summary>The published message's key, the instances it correlated to (started or resumed) when published, and whether the
/// message id had been published before (nothing was correlated again then).</summary>
public sealed record PublishedMessage(long MessageKey, IReadOnlyList<long> ProcessInstanceKeys, bool Duplicate);
