using System.Text.Json;
using System.Text.Json.Nodes;
using Bpm.Server.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;

namespace Bpm.Server.Integration;

/// <summary>The OAuth2 client credentials grant of <c>POST /api/auth/token</c> (RFC 6749 §4.4): <c>grant_type=client_credentials</c>,
/// <c>client_id</c>, <c>client_secret</c>, form-encoded as OAuth2 requires or as JSON. The client's credentials may also come
/// in HTTP Basic authentication (§2.3.1). Any other grant is left to the password sign-in.</summary>
public sealed class ClientCredentialsGrant(IntegrationClientService clients, IOptionsMonitor<BearerTokenOptions> bearer,
    IOptions<BpmAuthOptions> auth)
{
    public const string GrantType = "client_credentials";

    /// <summary>The token response when the request asks for the client credentials grant, else null (the body is left unread).</summary>
    public static async Task<IResult?> TryIssueAsync(HttpRequest request, CancellationToken ct)
    {
        var fields = await ReadFieldsAsync(request, ct);
        if (fields is null || fields.GetValueOrDefault("grant_type") != GrantType) return null;
        return await request.HttpContext.RequestServices.GetRequiredService<ClientCredentialsGrant>().IssueAsync(request, fields, ct);
    }

    private async Task<IResult> IssueAsync(HttpRequest request, Dictionary<string, string?> fields, CancellationToken ct)
    {
        var (clientId, secret) = BasicCredentials(request) ?? (fields.GetValueOrDefault("client_id"), fields.GetValueOrDefault("client_secret"));
        if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(secret))
            return OAuthError(400, "invalid_request", "client_id 与 client_secret 均为必填项");
        var principal = await clients.ValidateAsync(clientId, secret, ct);
        if (principal is null)
            return OAuthError(401, "invalid_client", "客户端标识或密钥错误，或客户端已停用");

        var lifetime = auth.Value.TokenLifetime;
        var now = TimeProvider.System.GetUtcNow();
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + lifetime };
        var token = bearer.Get(BearerTokenDefaults.AuthenticationScheme).BearerTokenProtector
            .Protect(new AuthenticationTicket(principal, properties, BearerTokenDefaults.AuthenticationScheme));
        var scope = principal.FindFirst(Auth.Policies.BpmClaims.Scope)?.Value ?? "";
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return Results.Ok(new ClientTokenResponse(token, "Bearer", (long)lifetime.TotalSeconds, scope));
    }

    private static IResult OAuthError(int status, string error, string description) =>
        Results.Problem(description, statusCode: status, title: error, extensions: new Dictionary<string, object?>
        {
            ["error"] = error, ["error_description"] = description,
        });

    /// <summary>The request's fields, from a form or a JSON object; null when the body is neither. The body stays readable.</summary>
    private static async Task<Dictionary<string, string?>?> ReadFieldsAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            return form.ToDictionary(f => f.Key, f => (string?)f.Value.ToString(), StringComparer.Ordinal);
        }
        request.EnableBuffering();
        try
        {
            var node = await JsonNode.ParseAsync(request.Body, cancellationToken: ct);
            if (node is not JsonObject body) return null;
            return body.Where(p => p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                .ToDictionary(p => p.Key, p => (string?)p.Value!.GetValue<string>(), StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return null;
        }
        finally
        {
            request.Body.Position = 0;
        }
    }

    private static (string?, string?)? BasicCredentials(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            var text = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
            var colon = text.IndexOf(':');
            return colon < 0 ? null : (Uri.UnescapeDataString(text[..colon]), Uri.UnescapeDataString(text[(colon + 1)..]));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
