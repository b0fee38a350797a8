using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Bpm.Benchmarks;

/// <summary>The real server (<c>Bpm.Server.dll</c> from this program's output folder) as a child process on a free port,
/// configured by environment variables, on the benchmark's database. Disposing kills it (the whole process tree) and
/// deletes its temp folder (keys, empty workflows folder).</summary>
public sealed partial class BenchServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _tempRoot;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lineCount;

    private BenchServerProcess(Process process, string tempRoot)
    {
        _process = process;
        _tempRoot = tempRoot;
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Lines the server wrote to stdout and stderr so far.</summary>
    public long LineCount => Interlocked.Read(ref _lineCount);

    /// <summary>Starts the server on <paramref name="database"/> (in-memory bus) and returns once <c>GET /health</c> answers 200.</summary>
    public static async Task<BenchServerProcess> StartAsync(BenchDatabase database, TimeSpan timeout)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Bpm.Server.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"{dll} is missing: build tests/Bpm.Benchmarks (it references engine/Bpm.Server).");
        var tempRoot = Path.Combine(Path.GetTempPath(), $"bpm-bench-server-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(tempRoot, "workflows"));

        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            WorkingDirectory = AppContext.BaseDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Bpm"] = database.ConnectionString;
        start.Environment["Bpm__Database__Provider"] = database.Provider;
        start.Environment["Bpm__Bus__Transport"] = "InMemory";
        start.Environment["Bpm__Auth__AdminPassword"] = "admin";
        start.Environment["Bpm__Auth__KeyDirectory"] = Path.Combine(tempRoot, "keys");
        start.Environment["Bpm__WorkflowsPath"] = Path.Combine(tempRoot, "workflows");

        var server = new BenchServerProcess(new Process { StartInfo = start, EnableRaisingEvents = true }, tempRoot);
        server._process.OutputDataReceived += (_, e) => server.OnLine(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.OnLine(e.Data);
        server._process.Exited += (_, _) => server._listening.TrySetException(new InvalidOperationException("the server exited"));
        try
        {
            server._process.Start();
            server._process.BeginOutputReadLine();
            server._process.BeginErrorReadLine();
            server.BaseAddress = await server._listening.Task.WaitAsync(timeout);
            await server.WaitHealthyAsync(timeout);
            return server;
        }
        catch (Exception e)
        {
            var tail = server.Tail(40);
            server.Dispose();
            throw new InvalidOperationException($"The server did not start: {e.Message}\n{tail}", e);
        }
    }

    /// <summary>The last lines the server wrote, for failure messages.</summary>
    public string Tail(int count) => string.Join('\n', _lines.TakeLast(count));

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(30));
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_tempRoot, recursive: true);
        }
        catch (IOException)
        {
            // Left behind in the temp folder; harmless.
        }
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException("the server exited during start-up");
            try
            {
                using var response = await probe.GetAsync("/health");
                if (response.IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not answering yet.
            }
            if (deadline.Elapsed > timeout) throw new TimeoutException($"GET /health did not answer 200 within {timeout.TotalSeconds:0} s");
            await Task.Delay(200);
        }
    }

    private void OnLine(string? line)
    {
        if (line is null) return;
        Interlocked.Increment(ref _lineCount);
        _lines.Enqueue(line);
        while (_lines.Count > 500 && _lines.TryDequeue(out _))
        {
        }
        if (ListeningLine().Match(line) is { Success: true } match) _listening.TrySetResult(new Uri(match.Groups["url"].Value));
    }

    // Kestrel logs "Now listening on: http://127.0.0.1:PORT" with the port it actually bound.
    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningLine();
}
