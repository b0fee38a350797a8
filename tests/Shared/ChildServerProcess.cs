using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Bpm.Testing;

/// <summary>The real server (<c>Bpm.Server.dll</c> from the caller's output folder) as a child process on a free port,
/// configured by environment variables; the one launcher behind the browser, recovery, bus and benchmark servers (each
/// project compiles this file in). <see cref="Kill"/> is SIGKILL: no graceful stop, nothing flushed, no lock released.</summary>
internal sealed partial class ChildServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly int _keptLines;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lineCount;

    private ChildServerProcess(string name, Process process, int keptLines)
    {
        Name = name;
        _process = process;
        _keptLines = keptLines;
    }

    public string Name { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? KilledAt { get; private set; }

    public bool HasExited => _process.HasExited;

    /// <summary>Lines the server wrote to stdout and stderr so far.</summary>
    public long LineCount => Interlocked.Read(ref _lineCount);

    /// <summary>The lines kept (the last <c>keptLines</c>).</summary>
    public IEnumerable<string> Lines => _lines;

    /// <summary>Starts the server and returns once <c>GET /health</c> answers 200; otherwise stops it and throws with the
    /// last lines it wrote.</summary>
    public static async Task<ChildServerProcess> StartAsync(string name, IEnumerable<KeyValuePair<string, string>> environment,
        TimeSpan timeout, int keptLines = 2000)
    {
        var server = new ChildServerProcess(name, new Process { StartInfo = StartInfo(environment), EnableRaisingEvents = true }, keptLines);
        server._process.OutputDataReceived += (_, e) => server.OnLine(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.OnLine(e.Data);
        server._process.Exited += (_, _) => server._listening.TrySetException(new InvalidOperationException($"server {name} exited during start-up"));
        try
        {
            server.StartedAt = DateTimeOffset.UtcNow;
            server._process.Start();
            server._process.BeginOutputReadLine();
            server._process.BeginErrorReadLine();
            server.BaseAddress = await server._listening.Task.WaitAsync(timeout);
            await server.WaitHealthyAsync(timeout);
            return server;
        }
        catch (Exception e)
        {
            var tail = server.Tail(60);
            server.Dispose();
            throw new InvalidOperationException($"Server {name} did not start within {timeout}: {e.Message}\n{tail}", e);
        }
    }

    /// <summary>Runs a server that is expected to refuse to start: waits until it exits and returns its exit code and what it
    /// wrote on stderr (throws if it is still running after <paramref name="timeout"/>).</summary>
    public static async Task<(int ExitCode, string StandardError)> RunUntilExitAsync(IEnumerable<KeyValuePair<string, string>> environment,
        TimeSpan timeout)
    {
        using var process = new Process { StartInfo = StartInfo(environment) };
        process.Start();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the server was still running after {timeout}:\n{await stdout}");
        }
        await stdout;
        return (process.ExitCode, await stderr);
    }

    /// <summary>SIGKILL the process (and anything it started) and wait until it is gone.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        if (!_process.WaitForExit(TimeSpan.FromSeconds(30)))
            throw new InvalidOperationException($"Server {Name} (pid {_process.Id}) did not die after SIGKILL.");
        KilledAt ??= DateTimeOffset.UtcNow;
    }

    /// <summary>SIGTERM, the graceful stop a service manager sends, and waits up to <paramref name="timeout"/> for the
    /// process to exit; false when it is still running then.</summary>
    public bool Terminate(TimeSpan timeout)
    {
        if (_process.HasExited) return true;
        if (SendSignal(_process.Id, SigTerm) != 0)
            throw new InvalidOperationException($"kill({_process.Id}, SIGTERM) failed: errno {Marshal.GetLastPInvokeError()}");
        return _process.WaitForExit(timeout);
    }

    public int ExitCode => _process.ExitCode;

    private const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    /// <summary>The last lines the server wrote (stdout and stderr), for failure messages.</summary>
    public string Tail(int count) => string.Join('\n', _lines.TakeLast(count));

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) Kill();
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }
        _process.Dispose();
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"server {Name} exited during start-up");
            try
            {
                using var response = await probe.GetAsync("/health");
                if (response.IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not answering yet.
            }
            if (waited.Elapsed > timeout) throw new TimeoutException($"GET /health did not answer 200 within {timeout}");
            await Task.Delay(100);
        }
    }

    private void OnLine(string? line)
    {
        if (line is null) return;
        Interlocked.Increment(ref _lineCount);
        _lines.Enqueue(line);
        while (_lines.Count > _keptLines && _lines.TryDequeue(out _))
        {
        }
        if (ListeningLine().Match(line) is { Success: true } match) _listening.TrySetResult(new Uri(match.Groups["url"].Value));
    }

    private static ProcessStartInfo StartInfo(IEnumerable<KeyValuePair<string, string>> environment)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Bpm.Server.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"{dll} is missing: the project must reference engine/Bpm.Server.");
        var start = new ProcessStartInfo(DotnetHost())
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
        foreach (var (key, value) in environment) start.Environment[key] = value;
        return start;
    }

    /// <summary>The dotnet host running the caller (set by the dotnet CLI), else the one on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    // Kestrel logs "Now listening on: http://127.0.0.1:PORT" with the port it actually bound.
    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningLine();
}
