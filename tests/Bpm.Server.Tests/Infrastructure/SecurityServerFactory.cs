using Bpm.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Bpm.Server.Tests.Infrastructure;

/// <summary>The server with the sign-in test setup (see <see cref="SecurityServerSetup"/>).</summary>
public sealed class SecurityServerFactory<TDatabase> : BpmServerFactory<TDatabase> where TDatabase : IServerDatabase
{
    public FakeTimeProvider AuthClock { get; } = TestClock.AtRealNow();

    protected override void ConfigureWebHost(IWebHostBuilder builder) => SecurityServerSetup.Configure(builder, AuthClock);
}
