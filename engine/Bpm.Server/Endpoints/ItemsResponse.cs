namespace Bpm.Server.Endpoints;

/// <summary>A list response: <c>{ items: [...] }</c>.</summary>
public sealed record ItemsResponse<T>(IReadOnlyList<T> Items);
