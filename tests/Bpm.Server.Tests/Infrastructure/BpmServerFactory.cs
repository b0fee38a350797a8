using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Bpm.Server.Tests.Infrastructure;

/// <summary>Hosts the real server in memory with its own workflows and key folders; <see cref="BpmServerFactory{TDatabase}"/>
/// chooses the database. Abstract test classes take this type, so one class runs on both databases.</summary>
public abstract class BpmServerFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string StartupProcessId = "startup-demo";
    public const string StartupFormId = "startup-demo-form";

    protected string TempRoot { get; } = Path.Combine(Path.GetTempPath(), "bpm-server-tests", Guid.NewGuid().ToString("N"));

    public string WorkflowsPath => Path.Combine(TempRoot, "workflows");

    protected abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    /// <summary>Command-line settings that point a command (e.g. <c>verify</c>) at this server's database.</summary>
    public string[] DatabaseArguments => [$"--ConnectionStrings:Bpm={ConnectionString}", $"--Bpm:Database:Provider={Provider}"];

    /// <summary>More configuration for a variant (e.g. the controllable clock).</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings { get; } = new Dictionary<string, string?>();

    public virtual Task InitializeAsync()
    {
        Directory.CreateDirectory(WorkflowsPath);
        File.WriteAllText(Path.Combine(WorkflowsPath, "startup-demo.bpmn"), TestModels.UserTaskProcess(StartupProcessId, "Start-up demo"));
        File.WriteAllText(Path.Combine(WorkflowsPath, StartupFormId + ".form"),
            $$"""{ "id": "{{StartupFormId}}", "type": "default", "components": [ { "key": "note", "type": "textfield" } ] }""");
        return Task.CompletedTask;
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        // Host configuration is visible while Program registers services (unlike app configuration added later).
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Bpm"] = ConnectionString,
            ["Bpm:Database:Provider"] = Provider,
            ["Bpm:WorkflowsPath"] = WorkflowsPath,
            ["Bpm:Auth:KeyDirectory"] = Path.Combine(TempRoot, "keys"),
            ["Bpm:Attachments:Directory"] = Path.Combine(TempRoot, "attachments"),
        };
        foreach (var (key, value) in ExtraSettings) settings[key] = value;
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection(settings));
        return base.CreateHost(builder);
    }

    /// <summary>A client that sends the admin's bearer token.</summary>
    public async Task<HttpClient> CreateAuthenticatedClientAsync(string username = "admin", string password = "admin")
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await DropDatabaseAsync();
        try
        {
            Directory.Delete(TempRoot, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown; the temp folder is cleaned by the OS.
        }
    }

    protected abstract Task DropDatabaseAsync();
}
