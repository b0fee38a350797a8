using System.Security.Claims;

namespace Bpm.Server.Endpoints;

/// <summary>Who makes a change, as recorded in the audit trail.</summary>
public static class Actor
{
    public static string Of(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}
