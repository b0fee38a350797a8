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
            throw new ApiBadRequestException($"密码长度须为 {MinLength} 到 {MaxLength} 个字符。", "password");
        var classes = new[] { password.Any(char.IsLower), password.Any(char.IsUpper), password.Any(char.IsDigit),
            password.Any(c => !char.IsLetterOrDigit(c)) }.Count(present => present);
        if (classes < 3)
            throw new ApiBadRequestException(
                "密码强度不足：须至少包含小写字母、大写字母、数字和符号中的三类。", "password");
        if (password.Contains(username, StringComparison.OrdinalIgnoreCase))
            throw new ApiBadRequestException("密码不能包含用户名。", "password");
    }
}
