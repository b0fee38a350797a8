using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bpm.Activities;
using Bpm.Bus.Contracts;
using Bpm.Enforcement;
using Bpm.Engine.Activities;
using Bpm.Engine.Deployment;
using Bpm.Engine.Hosting;
using Bpm.Engine.Jobs;
using Bpm.Engine.Queries;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Commands;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bpm.Engine.Tests.Engine;

/// <summary>A real engine on a real database (SQLite file or PostgreSQL), with the test clock and no background worker:
/// tests run due jobs explicitly and move time by hand.</summary>
public sealed class EngineHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private readonly bool _onSharedDatabase;
    private TestDatabase? _ownDatabase;

    private EngineHarness(ServiceProvider services, FakeTimeProvider clock, bool onSharedDatabase)
    {
        _services = services;
        Clock = clock;
        _onSharedDatabase = onSharedDatabase;
    }

    public FakeTimeProvider Clock { get; }
    public IProcessEngine Engine => _services.GetRequiredService<IProcessEngine>();
    public IEngineQueries Queries => _services.GetRequiredService<IEngineQueries>();
    public JobExecutor Jobs => _services.GetRequiredService<JobExecutor>();
    public IServiceProvider Services => _services;

    public static Task<EngineHarness> StartAsync(DatabaseProvider provider, Action<IServiceCollection>? configure = null) =>
        StartAsync(provider, connectionString: null, configure);

    /// <summary>An engine on a fresh database that is dropped with the harness: for tests that run jobs, whose executor locks
    /// the due jobs of every instance in the database.</summary>
    public static async Task<EngineHarness> StartIsolatedAsync(DatabaseProvider provider, Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var harness = await StartAsync(provider, database.ConnectionString, configure);
        harness._ownDatabase = database;
        return harness;
    }

    /// <summary>An engine on a database of its own (<paramref name="connectionString"/>, already migrated or not), or on the
    /// shared one when it is null.</summary>
    public static async Task<EngineHarness> StartAsync(DatabaseProvider provider, string? connectionString, Action<IServiceCollection>? configure = null)
    {
        var clock = TestClock.At(new DateTimeOffset(2025, 9, 26, 9, 0, 0, TimeSpan.FromHours(8)));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Bpm"] = connectionString ?? await SharedDatabases.ConnectionStringAsync(provider),
            ["Bpm:Database:Provider"] = provider.ToString(),
            ["Bpm:Engine:RunJobWorker"] = "false",
            ["Bpm:Engine:RunTimerSweep"] = "false",
            ["Bpm:Engine:NodeId"] = "test-" + Guid.NewGuid().ToString("N"),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(clock);
        services.AddBpmEngine(configuration);
        services.AddBpmEnforcement(configuration);
        services.AddBpmActivities(BpmActivitiesAssembly.Assembly);
        services.AddBpmMessageContracts();
        configure?.Invoke(services);
        var provider_ = services.BuildServiceProvider();
        if (connectionString is null)
            await MigrationGate.RunOnceAsync(provider, () => EngineStartup.InitializeAsync(provider_, CancellationToken.None));
        else
            await EngineStartup.InitializeAsync(provider_, CancellationToken.None);
        return new EngineHarness(provider_, clock, onSharedDatabase: connectionString is null);
    }

    public Task<DeploymentResult> DeployAsync(string xml, string name = "test.bpmn") =>
        Engine.DeployAsync([new DeploymentResource(name, Encoding.UTF8.GetBytes(xml))], CancellationToken.None);

    public async Task<long> StartAsync(string processId, object? variables = null, string? businessKey = null)
    {
        var started = await Engine.StartProcessInstanceAsync(
            new StartProcessInstanceCommand(processId, null, businessKey, ToJsonObject(variables)), CancellationToken.None);
        return long.Parse(started.ProcessInstanceKey);
    }

    public async Task<ProcessInstanceInfo> InstanceAsync(long key) =>
        await Queries.GetInstanceAsync(key, CancellationToken.None) ?? throw new InvalidOperationException($"instance {key} not found");

    public async Task<IReadOnlyList<UserTaskInfo>> OpenTasksAsync(long instanceKey) =>
        (await Queries.ListUserTasksAsync(new UserTaskFilter(instanceKey.ToString(), "CREATED", null, null, 1, 500), CancellationToken.None)).Items;

    /// <summary>Completes the one open task of an element (fails if there is not exactly one).</summary>
    public async Task CompleteTaskAsync(long instanceKey, string elementId, object? variables = null)
    {
        var task = (await OpenTasksAsync(instanceKey)).Single(t => t.ElementId == elementId);
        await Engine.CompleteUserTaskAsync(long.Parse(task.UserTaskKey), ToJsonObject(variables), CancellationToken.None);
    }

    public async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(long instanceKey) =>
        await Queries.GetHistoryAsync(instanceKey, CancellationToken.None) ?? [];

    /// <summary>Element ids in the order they completed (process end excluded).</summary>
    public async Task<List<string>> CompletedElementsAsync(long instanceKey) =>
        (await HistoryAsync(instanceKey)).Where(h => h.Event == "COMPLETED" && h.ElementType != "process").Select(h => h.ElementId!).ToList();

    /// <summary>Runs the jobs due now. The job executor locks due jobs of every instance in the database, so on the shared
    /// database it would also run (and fail) other tests' jobs while they run in parallel: only a harness on a database of
    /// its own (<see cref="StartIsolatedAsync"/>, or a connection string of its own) may run them.</summary>
    public Task<int> RunJobsAsync()
    {
        if (_onSharedDatabase)
            throw new InvalidOperationException("Jobs of the shared test database belong to every test running in parallel; start the engine with StartIsolatedAsync to run jobs.");
        return Jobs.RunDueJobsAsync(CancellationToken.None);
    }

    public static JsonObject? ToJsonObject(object? variables) => variables switch
    {
        null => null,
        JsonObject o => o,
        string s => JsonNode.Parse(s)!.AsObject(),
        _ => JsonSerializer.SerializeToNode(variables, new JsonSerializerOptions(JsonSerializerDefaults.Web))!.AsObject(),
    };

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_ownDatabase is not null)
            await _ownDatabase.DisposeAsync();
    }
}
