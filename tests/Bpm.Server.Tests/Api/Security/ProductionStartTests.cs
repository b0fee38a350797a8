using System.Net;
using System.Net.Http.Json;
using Bpm.Server.Startup;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Server.Tests.Recovery;
using Bpm.Testing;

namespace Bpm.Server.Tests.Api.Security;

/// <summary>The real server process started as Production: it refuses the published demo passwords unless the demo is
/// asked for, says on stderr what to set, and exits non-zero; with a strong admin password it starts.</summary>
public abstract class ProductionStartTests<TDatabase> : IAsyncLifetime where TDatabase : IServerDatabase
{
    private const string StrongPassword = "Pr0d!Secret#2026";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bpm-production-start-tests", Guid.NewGuid().ToString("N"));
    private readonly List<RecoveryDatabase> _databases = [];

    [Fact]
    public async Task Defaults_are_refused_naming_what_to_set()
    {
        var (exitCode, stderr) = await ChildServerProcess.RunUntilExitAsync(await SettingsAsync(), Timeout);
        Assert.Equal(StartupRefusedException.ExitCode, exitCode);
        Assert.Contains("BPM 拒绝启动", stderr);
        Assert.Contains("Bpm__Auth__AdminPassword", stderr);
        Assert.Contains("Bpm__Demo__Seed=false", stderr);
    }

    [Fact]
    public async Task Without_demo_the_default_admin_password_is_refused()
    {
        var settings = await SettingsAsync();
        settings["Bpm__Demo__Seed"] = "false";
        var (exitCode, stderr) = await ChildServerProcess.RunUntilExitAsync(settings, Timeout);
        Assert.Equal(StartupRefusedException.ExitCode, exitCode);
        Assert.Contains("默认密码", stderr);
        Assert.Contains("Bpm__Auth__AdminPassword", stderr);
    }

    /// <summary>Each case starts a server process: two weak passwords on SQLite, a third on PostgreSQL.</summary>
    public static TheoryData<string> WeakPasswords => typeof(TDatabase) == typeof(Sqlite) ? new() { "admin", "password1" } : new() { "Admin@2026" };

    [Theory]
    [MemberData(nameof(WeakPasswords))]
    public async Task A_configured_admin_password_must_pass_the_password_policy(string weak)
    {
        var settings = await SettingsAsync();
        settings["Bpm__Demo__Seed"] = "false";
        settings["Bpm__Auth__AdminPassword"] = weak;
        var (exitCode, stderr) = await ChildServerProcess.RunUntilExitAsync(settings, Timeout);
        Assert.Equal(StartupRefusedException.ExitCode, exitCode);
        Assert.Contains("不符合密码规则", stderr);
    }

    [Fact]
    public async Task An_explicit_demo_starts_and_a_strong_password_later_replaces_the_default()
    {
        var settings = await SettingsAsync();
        settings["Bpm__Demo__Seed"] = "true";
        settings["Bpm__Demo__Cases"] = "false";
        using (var demo = await ChildServerProcess.StartAsync("production-demo", settings, Timeout))
        {
            Assert.Equal(HttpStatusCode.OK, await SignInAsync(demo, "admin", "admin"));
            Assert.Equal(HttpStatusCode.OK, await SignInAsync(demo, "zhangwei", "Demo@2026"));
        }

        settings["Bpm__Demo__Seed"] = "false";
        settings["Bpm__Auth__AdminPassword"] = StrongPassword;
        using (var production = await ChildServerProcess.StartAsync("production", settings, Timeout))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(production, "admin", "admin"));
            Assert.Equal(HttpStatusCode.OK, await SignInAsync(production, "admin", StrongPassword));
        }

        // The admin no longer has the default password: the server starts without the setting.
        settings.Remove("Bpm__Auth__AdminPassword");
        using var restarted = await ChildServerProcess.StartAsync("production-restarted", settings, Timeout);
        Assert.Equal(HttpStatusCode.OK, await SignInAsync(restarted, "admin", StrongPassword));
    }

    [Fact]
    public async Task A_strong_admin_password_without_demo_starts_a_server_with_no_demo_people()
    {
        var settings = await SettingsAsync();
        settings["Bpm__Demo__Seed"] = "false";
        settings["Bpm__Auth__AdminPassword"] = StrongPassword;
        using var server = await ChildServerProcess.StartAsync("production", settings, Timeout);
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(server, "zhangwei", "Demo@2026"));
        Assert.Equal(HttpStatusCode.OK, await SignInAsync(server, "admin", StrongPassword));
    }

    private static async Task<HttpStatusCode> SignInAsync(ChildServerProcess server, string username, string password)
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password });
        return response.StatusCode;
    }

    private async Task<Dictionary<string, string>> SettingsAsync()
    {
        var database = RecoveryDatabase.For<TDatabase>(_folder);
        await database.CreateAsync();
        _databases.Add(database);
        return new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Bpm"] = database.ConnectionString,
            ["Bpm__Database__Provider"] = database.Provider,
            ["Bpm__WorkflowsPath"] = Path.Combine(_folder, "workflows"),
            ["Bpm__Auth__KeyDirectory"] = Path.Combine(_folder, "keys"),
            ["Bpm__Bus__Transport"] = "InMemory",
        };
    }

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "workflows"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var database in _databases)
            await database.DropAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown; the temp folder is cleaned by the OS.
        }
    }
}

public sealed class ProductionStartSqliteTests : ProductionStartTests<Sqlite>;
public sealed class ProductionStartPostgresTests : ProductionStartTests<Postgres>;
