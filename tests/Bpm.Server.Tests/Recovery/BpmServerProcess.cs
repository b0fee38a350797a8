using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bpm.Server.Tests.Recovery;

/// <summary>The real server (<c>Bpm.Server.dll</c> from the test's output folder) as a child process on a free port.
/// <see cref="Kill"/> is SIGKILL: no graceful stop, no flushing, no lock release.</summary>
public sealed partial class BpmServerProcess : IDisposable
{
    private const int MaxKeptLines = 4000;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BpmServerProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? KilledAt { get; private set; }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the server and returns once <c>GET /health</c> answers 200.</summary>
    public static async Task<BpmServerProcess> StartAsync(string name, RecoveryServerSettings settings, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(DotnetHost())
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
        foreach (var (key, value) in settings.Environment())
            start.Environment[key] = value;

        var server = new BpmServerProcess(name, new Process { StartInfo = start, EnableRaisingEvents = true });
        server._process.OutputDataReceived += (_, e) => server.OnLine(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.OnLine(e.Data);
        server._process.Exited += (_, _) => server._listening.TrySetException(
            new InvalidOperationException($"Server {name} exited during start-up:\n{server.Tail(60)}"));
        server.StartedAt = DateTimeOffset.UtcNow;
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            server.BaseAddress = await server._listening.Task.WaitAsync(timeout);
            await server.WaitHealthyAsync(timeout);
        }
        catch (TimeoutException)
        {
            server.Dispose();
            throw new TimeoutException($"Server {name} did not become healthy within {timeout}:\n{server.Tail(60)}");
        }
        catch
        {
            server.Dispose();
            throw;
        }
        return server;
    }

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
    public void Kill()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        if (!_process.WaitForExit(TimeSpan.FromSeconds(30)))
            throw new InvalidOperationException($"Server {Name} (pid {_process.Id}) did not die after SIGKILL.");
        KilledAt ??= DateTimeOffset.UtcNow;
    }

    /// <summary>The last lines the server wrote (stdout and stderr), for failure messages.</summary>
    public string Tail(int count) => string.Join('\n', _lines.TakeLast(count));

    /// <summary>Lines that report errors: a recovery must not need any.</summary>
    public IReadOnlyList<string> ErrorLines() =>
        _lines.Where(line => line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal)
            || line.Contains("Unhandled exception", StringComparison.Ordinal)).ToList();

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
                Kill();
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }
        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
            return;
        _lines.Enqueue(line);
        while (_lines.Count > MaxKeptLines && _lines.TryDequeue(out _))
        {
        }
        if (ListeningLine().Match(line) is { Success: true } match)
            _listening.TrySetResult(new Uri(match.Groups["url"].Value));
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var response = await client.GetAsync("/health");
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            if (_process.HasExited)
                throw new InvalidOperationException($"Server {Name} exited during start-up:\n{Tail(60)}");
            if (DateTimeOffset.UtcNow > deadline)
                throw new TimeoutException();
            await Task.Delay(100);
        }
    }

    /// <summary>The dotnet host running the tests (set by the dotnet CLI), else the one on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    // Kestrel logs "Now listening on: http://127.0.0.1:PORT" with the port it actually bound.
    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningLine();
}
