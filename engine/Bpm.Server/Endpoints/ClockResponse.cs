namespace Bpm.Server.Endpoints;

public sealed record ClockResponse(DateTimeOffset Now, bool Pinned);
