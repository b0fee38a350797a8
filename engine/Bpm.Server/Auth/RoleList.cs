using System.Text.Json;

namespace Bpm.Server.Auth;

/// <summary>Reads and writes <c>UserEntity.Roles</c>, a JSON array of role names.</summary>
public static class RoleList
{
    public static IReadOnlyList<string> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return [];
        try
        {
            return JsonSerializer.Deserialize<string[]>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static string Format(IEnumerable<string> roles) => JsonSerializer.Serialize(roles.ToArray());
}
