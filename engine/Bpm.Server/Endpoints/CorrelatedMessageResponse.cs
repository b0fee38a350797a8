namespace Bpm.Server.Endpoints;

public sealed record CorrelatedMessageResponse(string ProcessInstanceKey);
