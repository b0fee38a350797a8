using System.Net;
using System.Net.Http.Json;
using Bpm.Server.Tests.Infrastructure;
using Npgsql;

namespace Bpm.Server.Tests.Resilience;

/// <summary>The server on a PostgreSQL database reached through a proxy the test can cut.</summary>
public sealed class DatabaseOutageServerFactory : BpmServerFactory<Postgres>
{
    public CuttableTcpProxy Proxy { get; } = CreateProxy();

    private static CuttableTcpProxy CreateProxy()
    {
        var server = new NpgsqlConnectionStringBuilder(ScratchPostgresDatabase.AdminConnectionString);
        return new CuttableTcpProxy(server.Host ?? "127.0.0.1", server.Port);
    }

    protected override string ConnectionString =>
        new NpgsqlConnectionStringBuilder(base.ConnectionString) { Host = "127.0.0.1", Port = Proxy.Port, Timeout = 3 }.ConnectionString;

    protected override async Task DropDatabaseAsync()
    {
        await Proxy.DisposeAsync();
        await base.DropDatabaseAsync();
    }
}

/// <summary>Issue 13: during a database outage the API answered 500. It answers 503 with Retry-After and a problem saying
/// nothing was changed, and works again once the database is back.</summary>
public sealed class DatabaseOutageTests(DatabaseOutageServerFactory factory) : ApiTestBase(factory), IClassFixture<DatabaseOutageServerFactory>
{
    [Fact]
    public async Task An_outage_answers_503_with_retry_after_and_the_api_recovers_when_the_database_is_back()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/api/process-instances")).StatusCode);

        factory.Proxy.Cut();
        NpgsqlConnection.ClearAllPools();
        try
        {
            var response = await Client.GetAsync("/api/process-instances");
            var problem = await response.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Equal("5", response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains("数据库暂时不可用", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);

            var start = await Client.PostAsJsonAsync("/api/process-instances", new { bpmnProcessId = "nothing-deployed" });
            Assert.Equal(HttpStatusCode.ServiceUnavailable, start.StatusCode);
        }
        finally
        {
            factory.Proxy.Restore();
        }

        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/api/process-instances")).StatusCode);
    }
}
