namespace Bpm.Server.Auth.SignIn;

/// <summary>The caller's address as the server sees it (behind a reverse proxy, only with forwarded headers enabled:
/// <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>).</summary>
public static class ClientAddress
{
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
