using Bpm.Server.Problems;

namespace Bpm.Server.Identity.Requests;

/// <summary>Passwords set through the API: 8 to 128 characters with at least three of lower-case letters, upper-case
/// letters, digits and other characters, and not the username.</summary>
public static class PasswordPolicy
{
    public const int MinLength = 8;
    public const int MaxLength = 128;

    public static void Check(string password, string username)
    {
        if (password.Length is < MinLength or > MaxLength)
            throw new ApiBadRequestException($"password must be {MinLength} to {MaxLength} characters long.", "password");
        var classes = new[] { password.Any(char.IsLower), password.Any(char.IsUpper), password.Any(char.IsDigit),
            password.Any(c => !char.IsLetterOrDigit(c)) }.Count(present => present);
        if (classes < 3)
            throw new ApiBadRequestException(
                "password is too weak: use at least three of lower-case letters, upper-case letters, digits and symbols.", "password");
        if (password.Contains(username, StringComparison.OrdinalIgnoreCase))
            throw new ApiBadRequestException("password must not contain the username.", "password");
    }
}
