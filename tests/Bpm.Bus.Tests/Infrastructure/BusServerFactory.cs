using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bpm.Bus.Tests.Infrastructure;

/// <summary>The real server in memory on a fresh SQLite file with the bus on the given transport (RabbitMQ: the given
/// virtual host) and, unless told otherwise, the agency simulator enabled. <see cref="Services"/> can replace services.</summary>
public sealed class BusServerFactory(string transport, string? virtualHost = null, Action<IServiceCollection>? services = null,
    IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    private readonly string tempRoot = Path.Combine(Path.GetTempPath(), "bpm-bus-tests", Guid.NewGuid().ToString("N"));

    public string WorkflowsPath => Path.Combine(tempRoot, "workflows");

    protected override IHost CreateHost(IHostBuilder builder)
    {
        FilingModels.WriteTo(WorkflowsPath);
        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Bpm"] = $"Data Source={Path.Combine(tempRoot, "bpm.db")}",
            ["Bpm:Database:Provider"] = "Sqlite",
            ["Bpm:WorkflowsPath"] = WorkflowsPath,
            ["Bpm:Auth:KeyDirectory"] = Path.Combine(tempRoot, "keys"),
            ["Bpm:Bus:Transport"] = transport,
            ["Bpm:Bus:RabbitMq:Host"] = RabbitMqBroker.Host,
            ["Bpm:Bus:RabbitMq:VirtualHost"] = virtualHost ?? "/",
            ["Bpm:Bus:RetryInterval"] = "00:00:00.050",
            ["Bpm:Engine:Outbox:SendTimeout"] = "00:00:03",
            ["Bpm:AgencySimulator:Enabled"] = "true",
            ["Bpm:Engine:Outbox:RetryBackoff"] = "00:00:00.200",
            ["Bpm:Engine:Outbox:RetryBackoffMax"] = "00:00:01",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection(all));
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (services is not null) builder.ConfigureTestServices(services);
    }

    /// <summary>A client that sends the admin's bearer token.</summary>
    public Task<HttpClient> CreateAdminClientAsync() => CreateClient().AsAdminAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(tempRoot, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown; the temp folder is cleaned by the OS.
        }
    }
}
