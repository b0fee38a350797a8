namespace Bpm.Server.Endpoints;

/// <summary><c>{ date }</c>: the answer of a date calculation.</summary>
public sealed record CalendarDateResponse(DateOnly Date);
