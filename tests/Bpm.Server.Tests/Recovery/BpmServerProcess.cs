using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Testing;

namespace Bpm.Server.Tests.Recovery;

/// <summary>The real server (<c>Bpm.Server.dll</c> from the test's output folder) as a child process on a free port
/// (<see cref="ChildServerProcess"/>), with the admin client and error-line check the recovery tests use.
/// <see cref="Kill"/> is SIGKILL: no graceful stop, no flushing, no lock release.</summary>
public sealed class BpmServerProcess : IDisposable
{
    private const int MaxKeptLines = 4000;

    private readonly ChildServerProcess _process;

    private BpmServerProcess(ChildServerProcess process) => _process = process;

    public string Name => _process.Name;

    public Uri BaseAddress => _process.BaseAddress;

    public DateTimeOffset StartedAt => _process.StartedAt;

    public DateTimeOffset? KilledAt => _process.KilledAt;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the server and returns once <c>GET /health</c> answers 200.</summary>
    public static async Task<BpmServerProcess> StartAsync(string name, RecoveryServerSettings settings, TimeSpan timeout) =>
        new(await ChildServerProcess.StartAsync(name, settings.Environment(), timeout, MaxKeptLines));

    /// <summary>An HTTP client that sends the admin's bearer token.</summary>
    public async Task<HttpClient> CreateClientAsync(int maxConnections = 16)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = maxConnections };
        var client = new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        var response = await client.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = "admin" });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>SIGKILL the process (and anything it started) and wait until it is gone.</summary>
    public void Kill() => _process.Kill();

    /// <summary>SIGTERM and wait up to <paramref name="timeout"/> for the process to exit; false when it still runs.</summary>
    public bool Terminate(TimeSpan timeout) => _process.Terminate(timeout);

    /// <summary>The last lines the server wrote (stdout and stderr), for failure messages.</summary>
    public string Tail(int count) => _process.Tail(count);

    /// <summary>Lines that report errors: a recovery must not need any.</summary>
    public IReadOnlyList<string> ErrorLines() =>
        _process.Lines.Where(line => line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal)
            || line.Contains("Unhandled exception", StringComparison.Ordinal)).ToList();

    public void Dispose() => _process.Dispose();
}
