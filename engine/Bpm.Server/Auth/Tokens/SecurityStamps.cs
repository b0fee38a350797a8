using System.Security.Cryptography;

namespace Bpm.Server.Auth.Tokens;

/// <summary>Makes new security stamps (<c>UserEntity.SecurityStamp</c>).</summary>
public static class SecurityStamps
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
