using System.Text.Json.Serialization;

namespace Bpm.Server.Integration;

/// <summary>The OAuth2 token response (RFC 6749 §5.1) in its snake_case names, with the camelCase names of the server's
/// password sign-in beside them so either kind of caller reads it.</summary>
public sealed record ClientTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] long ExpiresIn,
    [property: JsonPropertyName("scope")] string Scope)
{
    [JsonPropertyName("accessToken")] public string AccessTokenCamel => AccessToken;
    [JsonPropertyName("tokenType")] public string TokenTypeCamel => TokenType;
    [JsonPropertyName("expiresIn")] public long ExpiresInCamel => ExpiresIn;
}
