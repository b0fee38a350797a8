namespace Bpm.Engine.Records;

/// <summary>One read of case data to record (调阅记录): the case is found from <see cref="Key"/> (of <see cref="Kind"/>) by
/// the access-log writer, off the request path.</summary>
public sealed record CaseRead(DateTimeOffset At, string Username, CaseReadKind Kind, long Key, string Resource, string? Address, string? Reason);
