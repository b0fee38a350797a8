namespace Bpm.Engine.Records;

/// <summary>One row of the access log as the API shows it.</summary>
public sealed record AccessLogEntry(string Id, DateTimeOffset At, string Username, string? ProcessInstanceKey, string Resource, string? Address,
    string? Reason, long? ChainPosition, string? Hash);
