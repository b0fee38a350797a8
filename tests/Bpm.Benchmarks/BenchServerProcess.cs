using Bpm.Testing;

namespace Bpm.Benchmarks;

/// <summary>The real server (<c>Bpm.Server.dll</c> from this program's output folder) as a child process on a free port
/// (<see cref="ChildServerProcess"/>), on the benchmark's database. Disposing kills it (the whole process tree) and
/// deletes its temp folder (keys, empty workflows folder).</summary>
public sealed class BenchServerProcess : IDisposable
{
    private readonly ChildServerProcess _process;
    private readonly string _tempRoot;

    private BenchServerProcess(ChildServerProcess process, string tempRoot)
    {
        _process = process;
        _tempRoot = tempRoot;
    }

    public Uri BaseAddress => _process.BaseAddress;

    /// <summary>Lines the server wrote to stdout and stderr so far.</summary>
    public long LineCount => _process.LineCount;

    /// <summary>Starts the server on <paramref name="database"/> (in-memory bus) and returns once <c>GET /health</c> answers 200.</summary>
    public static async Task<BenchServerProcess> StartAsync(BenchDatabase database, TimeSpan timeout)
    {
        var tempRoot = Path.Combine(Path.GetTempPath(), $"bpm-bench-server-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(tempRoot, "workflows"));
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            // Production refuses the demo's published passwords unless the demo is asked for explicitly.
            ["Bpm__Demo__Seed"] = "true",
            ["ConnectionStrings__Bpm"] = database.ConnectionString,
            ["Bpm__Database__Provider"] = database.Provider,
            ["Bpm__Bus__Transport"] = "InMemory",
            ["Bpm__Auth__AdminPassword"] = "admin",
            ["Bpm__Auth__KeyDirectory"] = Path.Combine(tempRoot, "keys"),
            ["Bpm__WorkflowsPath"] = Path.Combine(tempRoot, "workflows"),
        };
        try
        {
            return new BenchServerProcess(await ChildServerProcess.StartAsync("bench", environment, timeout, keptLines: 500), tempRoot);
        }
        catch
        {
            DeleteTempRoot(tempRoot);
            throw;
        }
    }

    /// <summary>The last lines the server wrote, for failure messages.</summary>
    public string Tail(int count) => _process.Tail(count);

    public void Dispose()
    {
        _process.Dispose();
        DeleteTempRoot(_tempRoot);
    }

    private static void DeleteTempRoot(string tempRoot)
    {
        try
        {
            Directory.Delete(tempRoot, recursive: true);
        }
        catch (IOException)
        {
            // Left behind in the temp folder; harmless.
        }
    }
}
