using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Bpm.Studio.Tests.Infrastructure;

/// <summary>The real server (<c>Bpm.Server.dll</c> and the studio build in <c>wwwroot/</c> of this output folder) as a
/// child process on a free port, with a fresh SQLite database, the demo people and the repository's workflows.</summary>
public sealed partial class StudioServer : IDisposable
{
    private readonly Process _process;
    private readonly string _dataDirectory;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private StudioServer(Process process, string dataDirectory)
    {
        _process = process;
        _dataDirectory = dataDirectory;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<StudioServer> StartAsync(TimeSpan timeout)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Bpm.Server.dll");
        if (!File.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "index.html")))
            throw new InvalidOperationException("wwwroot/index.html is missing beside Bpm.Server.dll: the studio build did not run.");
        var data = Path.Combine(Path.GetTempPath(), $"bpm-studio-tests-{Guid.NewGuid():N}");
        Directory.CreateDirectory(data);

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
        start.Environment["ConnectionStrings__Bpm"] = $"Data Source={Path.Combine(data, "bpm.db")}";
        start.Environment["Bpm__Database__Provider"] = "Sqlite";
        start.Environment["Bpm__Bus__Transport"] = "InMemory";
        start.Environment["Bpm__Auth__KeyDirectory"] = Path.Combine(data, "keys");
        start.Environment["Bpm__WorkflowsPath"] = RepositoryPaths.Workflows;
        start.Environment["Bpm__Demo__Seed"] = "true";
        // The disclosure platform answers publications (the 执法公示 tests need acknowledged entries).
        start.Environment["Bpm__AgencySimulator__Enabled"] = "true";

        var server = new StudioServer(new Process { StartInfo = start, EnableRaisingEvents = true }, data);
        server._process.OutputDataReceived += (_, e) => server.OnLine(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.OnLine(e.Data);
        server._process.Exited += (_, _) => server._listening.TrySetException(
            new InvalidOperationException($"The server exited during start-up:\n{server.Tail()}"));
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            server.BaseAddress = await server._listening.Task.WaitAsync(timeout);
            await server.WaitHealthyAsync(timeout);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    public string Tail() => string.Join('\n', _lines.TakeLast(60));

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(TimeSpan.FromSeconds(30));
            }
        }
        catch (InvalidOperationException)
        {
            // Never started.
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; it is under the temp folder.
        }
    }

    private void OnLine(string? line)
    {
        if (line is null) return;
        _lines.Enqueue(line);
        while (_lines.Count > 2000 && _lines.TryDequeue(out _))
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
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            if (_process.HasExited) throw new InvalidOperationException($"The server exited during start-up:\n{Tail()}");
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException($"The server was not healthy within {timeout}:\n{Tail()}");
            await Task.Delay(100);
        }
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningLine();
}
