namespace Bpm.Server.Endpoints;

/// <summary>The message's key; the instances it resumed or started when published; whether its id was published before.</summary>
public sealed record PublishedMessageResponse(string MessageKey, IReadOnlyList<string> ProcessInstanceKeys, bool Duplicate);
