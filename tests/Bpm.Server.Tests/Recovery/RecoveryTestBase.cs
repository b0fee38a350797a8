using System.Diagnostics;
using Bpm.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Bpm.Server.Tests.Recovery;

/// <summary>One temporary folder and one fresh database per test; the servers it starts are killed at the end whatever
/// happened, and the database is dropped.</summary>
public abstract class RecoveryTestBase(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>Every process of a test is this node: a restart releases the job locks its crash left behind.</summary>
    protected const string NodeId = "recovery-node";

    /// <summary>Generous: CI machines have two cores and run the server, PostgreSQL and the tests at once.</summary>
    protected static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(90);

    private readonly List<BpmServerProcess> _servers = [];
    private readonly List<HttpClient> _clients = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private RecoveryDatabase? _database;

    protected string TempRoot { get; } = Path.Combine(Path.GetTempPath(), "bpm-recovery-tests", Guid.NewGuid().ToString("N"));

    protected string WorkflowsPath => Path.Combine(TempRoot, "workflows");

    protected RecoveryDatabase Database => _database ?? throw new InvalidOperationException("Call UseDatabaseAsync first.");

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(WorkflowsPath);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients)
            client.Dispose();
        foreach (var server in _servers)
        {
            var errors = server.ErrorLines();
            if (errors.Count > 0)
                Log($"server {server.Name} logged {errors.Count} error line(s), first: {errors[0]}");
            server.Dispose();
        }
        if (_database is not null)
            await _database.DropAsync();
        try
        {
            Directory.Delete(TempRoot, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS's temp cleanup.
        }
    }

    protected async Task UseDatabaseAsync<TDatabase>() where TDatabase : IServerDatabase
    {
        _database = RecoveryDatabase.For<TDatabase>(TempRoot);
        await _database.CreateAsync();
        Log($"database: {_database.Provider}");
    }

    protected void AddWorkflow(string fileName, string xml) => File.WriteAllText(Path.Combine(WorkflowsPath, fileName), xml);

    /// <summary>Starts a server process on the test's database and returns it with an admin client.</summary>
    protected async Task<(BpmServerProcess Server, HttpClient Client)> StartServerAsync(string name, bool runJobWorker = true, int maxConnections = 16,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var settings = new RecoveryServerSettings(Database, WorkflowsPath, Path.Combine(TempRoot, "keys"), NodeId, runJobWorker, environment);
        var server = await BpmServerProcess.StartAsync(name, settings, StartupTimeout);
        _servers.Add(server);
        var client = await server.CreateClientAsync(maxConnections);
        _clients.Add(client);
        Log($"server {name} up at {server.BaseAddress} (job worker {(runJobWorker ? "on" : "off")}) after {(DateTimeOffset.UtcNow - server.StartedAt).TotalSeconds:F1} s");
        return (server, client);
    }

    protected void Kill(BpmServerProcess server)
    {
        server.Kill();
        Log($"server {server.Name} killed (SIGKILL)");
    }

    /// <summary>Polls until the condition holds; on timeout fails with what <paramref name="describe"/> says about the state.</summary>
    protected async Task WaitUntilAsync(string what, TimeSpan timeout, Func<Task<bool>> condition, Func<Task<string>>? describe = null)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > timeout)
            {
                var state = describe is null ? "" : await describe();
                Assert.Fail($"Timed out after {timeout.TotalSeconds:F0} s waiting for {what}. {state}");
            }
            await Task.Delay(100);
        }
        Log($"{what}: after {watch.Elapsed.TotalSeconds:F1} s");
    }

    protected void Log(string message) => output.WriteLine($"[{_clock.Elapsed.TotalSeconds,6:F1} s] {message}");
}
