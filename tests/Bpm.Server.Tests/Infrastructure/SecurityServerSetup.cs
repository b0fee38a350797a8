using System.Net;
using Bpm.Server.Auth.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bpm.Server.Tests.Infrastructure;

/// <summary>What the sign-in and token tests add: a fake clock for throttling windows and the stamp cache that tests move
/// by hand, and a client address taken from the <see cref="AddressHeader"/> request header (the test server has none).</summary>
public static class SecurityServerSetup
{
    public const string AddressHeader = "X-Test-Client-Address";

    public static void Configure(IWebHostBuilder builder, FakeTimeProvider clock) =>
        builder.ConfigureTestServices(services =>
        {
            services.AddKeyedSingleton<TimeProvider>(AuthClock.Key, clock);
            services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
        });

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(AddressHeader, out var address))
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
