namespace Bpm.Engine.Records;

/// <summary>Which access-log rows to list; every part optional. <see cref="To"/> is exclusive.</summary>
public sealed record AccessLogFilter(long? ProcessInstanceKey, string? Username, DateTimeOffset? From, DateTimeOffset? To);
