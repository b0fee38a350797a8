using Bpm.Server.Auth.Policies;
using Bpm.Server.Auth.SignIn;
using Bpm.Server.Auth.Tokens;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;

namespace Bpm.Server.Auth;

/// <summary>Bearer tokens issued and checked by ASP.NET Core's bearer token handler, protected with data-protection
/// keys kept in a shared folder.</summary>
public static class AuthenticationSetup
{
    /// <summary>Shared by every node so that their data-protection purposes match.</summary>
    public const string ApplicationName = "BPM";

    public static IServiceCollection AddBpmAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Bpm:Auth");
        services.Configure<BpmAuthOptions>(section);
        var options = section.Get<BpmAuthOptions>() ?? new BpmAuthOptions();

        services.AddDataProtection()
            .PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(options.KeyDirectory)))
            .SetApplicationName(ApplicationName);

        services.AddAuthentication(BearerTokenDefaults.AuthenticationScheme)
            .AddBearerToken(bearer =>
            {
                bearer.BearerTokenExpiration = options.TokenLifetime;
                // Tokens expire in real time, even when tests move the engine's controllable clock by months.
                bearer.TimeProvider = TimeProvider.System;
            });
        services.AddBpmAuthorizationPolicies();

        services.AddSingleton<CredentialValidator>();
        services.AddSingleton<AdminSeeder>();
        services.TryAddKeyedSingleton(AuthClock.Key, TimeProvider.System);
        services.AddSingleton<SecurityStampCache>();
        services.AddSingleton<ITokenCheck, UserStampCheck>();
        services.Configure<SignInThrottleOptions>(section.GetSection("SignInThrottle"));
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<SignInAuditor>();
        services.AddSingleton<SignInService>();
        return services;
    }
}
