using Bpm.Bus.Tests.Infrastructure;
using Bpm.Testing;

namespace Bpm.Bus.Tests.Recovery;

/// <summary>The real server (<c>Bpm.Server.dll</c> from this test's output folder) as a child process on a free port,
/// configured by environment variables (<see cref="ChildServerProcess"/>), with the admin client and log search the bus
/// recovery tests use. <see cref="Kill"/> is SIGKILL: no graceful stop, nothing flushed, no broker connection closed.</summary>
public sealed class BusServerProcess : IDisposable
{
    private readonly ChildServerProcess process;

    private BusServerProcess(ChildServerProcess process) => this.process = process;

    public string Name => process.Name;

    public Uri BaseAddress => process.BaseAddress;

    /// <summary>Starts the server and returns once <c>GET /health</c> answers 200 (the bus is connected).</summary>
    public static async Task<BusServerProcess> StartAsync(string name, IReadOnlyDictionary<string, string> environment, TimeSpan timeout) =>
        new(await ChildServerProcess.StartAsync(name, environment, timeout));

    /// <summary>An HTTP client that sends the admin's bearer token.</summary>
    public Task<HttpClient> CreateAdminClientAsync() =>
        new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) }.AsAdminAsync();

    /// <summary>SIGKILL the process and wait until it is gone.</summary>
    public void Kill() => process.Kill();

    /// <summary>The last lines the server wrote (stdout and stderr), for failure messages.</summary>
    public string Tail(int count) => process.Tail(count);

    /// <summary>Whether the server wrote a line containing <paramref name="text"/>.</summary>
    public bool Logged(string text) => process.Lines.Any(line => line.Contains(text, StringComparison.Ordinal));

    public void Dispose() => process.Dispose();
}
