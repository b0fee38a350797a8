using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Bpm.Server.Auth.SignIn;

/// <summary>The sign-in's refusals. Neither says whether the username exists.</summary>
public static class SignInProblems
{
    public const string ThrottleRule = "sign-in-throttle";

    public static IResult WrongCredentials() =>
        Results.Problem("用户名或密码错误。", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");

    public static IResult Throttled(HttpContext context, TimeSpan wait)
    {
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        context.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem($"登录失败次数过多，请在 {seconds} 秒后再试。", statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many sign-in attempts", extensions: new Dictionary<string, object?> { ["rule"] = ThrottleRule, ["retryAfter"] = seconds });
    }
}
