using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Bpm.Bus.Tests.Infrastructure;

namespace Bpm.Bus.Tests.Recovery;

/// <summary>The real server (<c>Bpm.Server.dll</c> from this test's output folder) as a child process on a free port,
/// configured by environment variables. <see cref="Kill"/> is SIGKILL: no graceful stop, nothing flushed, no broker
/// connection closed. A trimmed copy of Bpm.Server.Tests' <c>BpmServerProcess</c> (this project may not reference it).</summary>
public sealed partial class BusServerProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BusServerProcess(string name, Process process)
    {
        Name = name;
        this.process = process;
    }

    public string Name { get; }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts the server and returns once <c>GET /health</c> answers 200 (the bus is connected).</summary>
    public static async Task<BusServerProcess> StartAsync(string name, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            WorkingDirectory = AppContext.BaseDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Bpm.Server.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (key, value) in environment) start.Environment[key] = value;

        var server = new BusServerProcess(name, new Process { StartInfo = start, EnableRaisingEvents = true });
        server.process.OutputDataReceived += (_, e) => server.OnLine(e.Data);
        server.process.ErrorDataReceived += (_, e) => server.OnLine(e.Data);
        server.process.Exited += (_, _) => server.listening.TrySetException(new InvalidOperationException($"server {name} exited"));
        try
        {
            server.process.Start();
            server.process.BeginOutputReadLine();
            server.process.BeginErrorReadLine();
            server.BaseAddress = await server.listening.Task.WaitAsync(timeout);
            using var probe = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
            await Eventually.WaitAsync(() => server.HealthyAsync(probe), ok => ok, $"server {name} to be healthy", timeout);
            return server;
        }
        catch (Exception e)
        {
            server.Dispose();
            throw new InvalidOperationException($"Server {name} did not start: {e.Message}\n{server.Tail(60)}", e);
        }
    }

    /// <summary>An HTTP client that sends the admin's bearer token.</summary>
    public Task<HttpClient> CreateAdminClientAsync() =>
        new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) }.AsAdminAsync();

    /// <summary>SIGKILL the process and wait until it is gone.</summary>
    public void Kill()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            throw new InvalidOperationException($"Server {Name} (pid {process.Id}) did not die after SIGKILL.");
    }

    /// <summary>The last lines the server wrote (stdout and stderr), for failure messages.</summary>
    public string Tail(int count) => string.Join('\n', lines.TakeLast(count));

    /// <summary>Whether the server wrote a line containing <paramref name="text"/>.</summary>
    public bool Logged(string text) => lines.Any(line => line.Contains(text, StringComparison.Ordinal));

    public void Dispose()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }
        process.Dispose();
    }

    private async Task<bool> HealthyAsync(HttpClient probe)
    {
        if (process.HasExited) throw new InvalidOperationException($"server {Name} exited during start-up");
        try
        {
            using var response = await probe.GetAsync("/health");
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private void OnLine(string? line)
    {
        if (line is null) return;
        lines.Enqueue(line);
        while (lines.Count > 2000 && lines.TryDequeue(out _))
        {
        }
        if (ListeningLine().Match(line) is { Success: true } match) listening.TrySetResult(new Uri(match.Groups["url"].Value));
    }

    // Kestrel logs "Now listening on: http://127.0.0.1:PORT" with the port it actually bound.
    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningLine();
}
