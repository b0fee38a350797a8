namespace Bpm.Server.Endpoints;

/// <summary>The signed-in caller: username, display name and roles.</summary>
public sealed record MeResponse(string Username, string DisplayName, IReadOnlyList<string> Roles);
