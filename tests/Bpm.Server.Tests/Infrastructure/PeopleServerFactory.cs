using Microsoft.AspNetCore.Hosting;

namespace Bpm.Server.Tests.Infrastructure;

/// <summary>The server with the test people directory (see <see cref="PeopleServerSetup"/>).</summary>
public sealed class PeopleServerFactory<TDatabase> : BpmServerFactory<TDatabase> where TDatabase : IServerDatabase
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => PeopleServerSetup.Settings(TempRoot);

    protected override void ConfigureWebHost(IWebHostBuilder builder) => PeopleServerSetup.Configure(builder);
}
