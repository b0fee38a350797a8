using Bpm.Testing;

namespace Bpm.Studio.Tests.Infrastructure;

/// <summary>The real server (<c>Bpm.Server.dll</c> and the studio build in <c>wwwroot/</c> of this output folder) as a
/// child process on a free port, with a fresh SQLite database, the demo people and the repository's workflows.</summary>
public sealed class StudioServer : IDisposable
{
    private readonly ChildServerProcess _process;
    private readonly string _dataDirectory;

    private StudioServer(ChildServerProcess process, string dataDirectory)
    {
        _process = process;
        _dataDirectory = dataDirectory;
    }

    public Uri BaseAddress => _process.BaseAddress;

    public static async Task<StudioServer> StartAsync(TimeSpan timeout)
    {
        if (!File.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "index.html")))
            throw new InvalidOperationException("wwwroot/index.html is missing beside Bpm.Server.dll: the studio build did not run.");
        var data = Path.Combine(Path.GetTempPath(), $"bpm-studio-tests-{Guid.NewGuid():N}");
        Directory.CreateDirectory(data);
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Bpm"] = $"Data Source={Path.Combine(data, "bpm.db")}",
            ["Bpm__Database__Provider"] = "Sqlite",
            ["Bpm__Bus__Transport"] = "InMemory",
            ["Bpm__Auth__KeyDirectory"] = Path.Combine(data, "keys"),
            ["Bpm__WorkflowsPath"] = RepositoryPaths.Workflows,
            ["Bpm__Demo__Seed"] = "true",
            // The disclosure platform answers publications (the 执法公示 tests need acknowledged entries).
            ["Bpm__AgencySimulator__Enabled"] = "true",
        };
        try
        {
            return new StudioServer(await ChildServerProcess.StartAsync("studio", environment, timeout), data);
        }
        catch
        {
            DeleteData(data);
            throw;
        }
    }

    public string Tail() => _process.Tail(60);

    public void Dispose()
    {
        _process.Dispose();
        DeleteData(_dataDirectory);
    }

    private static void DeleteData(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; it is under the temp folder.
        }
    }
}
