using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Bus.Tests.Infrastructure;
using Bpm.Contracts.V1;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Bpm.Bus.Tests.Recovery;

/// <summary>The real server as a child process on RabbitMQ (its own virtual host) and a SQLite file, with the agency simulator.
/// Server A runs without the outbox dispatcher: the send task's filing is committed to the outbox but never dispatched, the
/// window between commit and dispatch. A is SIGKILLed there; server B, on the same database and broker, sends the filing,
/// and the simulated justice bureau's acknowledgement resumes the instance, once.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class OutboxCrashRecoveryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(180);

    private readonly string tempRoot = Path.Combine(Path.GetTempPath(), "bpm-bus-recovery-tests", Guid.NewGuid().ToString("N"));
    private readonly List<BusServerProcess> servers = [];
    private readonly List<HttpClient> clients = [];
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private string? virtualHost;

    private OutboxTable Outbox => new(Path.Combine(tempRoot, "bpm.db"));

    public async Task InitializeAsync()
    {
        FilingModels.WriteTo(Path.Combine(tempRoot, "workflows"));
        if (RabbitMqBroker.Installed) virtualHost = await RabbitMqBroker.CreateVirtualHostAsync("bus-recovery");
    }

    public async Task DisposeAsync()
    {
        foreach (var client in clients) client.Dispose();
        foreach (var server in servers)
        {
            server.Dispose();
            Log($"server {server.Name}, last lines:\n{server.Tail(30)}");
        }
        if (virtualHost is not null) await RabbitMqBroker.DeleteVirtualHostAsync(virtualHost);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(tempRoot, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS's temp cleanup.
        }
    }

    [RabbitMqFact]
    public async Task Killed_between_commit_and_dispatch_the_filing_goes_out_after_restart_once()
    {
        var (key, row, _, client) = await CrashBeforeDispatchThenRestartAsync("豫郑市监罚〔2025〕501号");

        var history = await client.CompletedAsync(key, TimeSpan.FromSeconds(180));
        Log($"instance {key} completed on B");
        Assert.Equal(1, history.Completions("acknowledged"));
        Assert.Equal(0, history.Completions("corrected"));
        Assert.Equal(1, history.Completions("filed"));
        var entry = await client.SimulatorEntryAsync(row.MessageId, e => e["reply"]?["sent"]?.GetValue<bool>() == true);
        Assert.Single(await client.SimulatorMessagesAsync());
        Assert.Equal(1, entry["deliveries"]!.GetValue<int>());
        Assert.Equal(MajorPenaltyFiling.MessageName, entry["name"]!.GetValue<string>());
        Assert.Equal("郑州某食品有限公司", entry["body"]!["partyName"]!.GetValue<string>());
        var variables = (await client.InstanceAsync(key))["variables"]!;
        Assert.Equal(row.MessageId, variables["inReplyTo"]!.GetValue<Guid>());
        Assert.Equal(entry["reply"]!["body"]!["filingNumber"]!.GetValue<string>(), variables["filingNumber"]!.GetValue<string>());
        // The mark commits after the broker accepted the filing: the reply may have resumed the instance before it.
        var dispatched = await DispatchedAsync(key, "the filing to be marked dispatched");
        Assert.Equal(row with { Dispatched = true, Attempts = 1 }, dispatched);
    }

    [RabbitMqFact]
    public async Task A_filing_dispatched_again_with_its_message_id_is_recorded_once_answered_once_and_resumes_once()
    {
        var (key, row, serverB, client) = await CrashBeforeDispatchThenRestartAsync("豫郑市监罚〔2025〕502号");
        Assert.Equal(1, (await client.CompletedAsync(key, TimeSpan.FromSeconds(180))).Completions("acknowledged"));
        var first = await client.SimulatorEntryAsync(row.MessageId, e => e["reply"]?["sent"]?.GetValue<bool>() == true);
        Assert.Equal(row with { Dispatched = true, Attempts = 1 }, await DispatchedAsync(key, "the filing to be marked dispatched"));

        // The dispatcher forgets it sent the filing (a node dying between the broker's ack and the commit of the mark looks so).
        await Outbox.MarkUndispatchedAsync(row.Id);
        Assert.Equal(row with { Dispatched = true, Attempts = 2 }, await DispatchedAsync(key, "the filing to be dispatched a second time"));
        Log("the filing went out a second time with the same message id");

        var again = await client.SimulatorEntryAsync(row.MessageId, e => e["deliveries"]!.GetValue<int>() == 2);
        await Eventually.WaitAsync(() => serverB.Logged($"{row.MessageId} delivered again; already answered"),
            "the simulated justice bureau to let the redelivery go unanswered");
        Assert.Single(await client.SimulatorMessagesAsync());
        Assert.Equal(first["receivedAt"]!.GetValue<DateTimeOffset>(), again["receivedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(first["reply"]!["messageId"]!.GetValue<Guid>(), again["reply"]!["messageId"]!.GetValue<Guid>());
        var history = await client.HistoryAsync(key);
        Assert.Equal(1, history.Completions("acknowledged"));
        Assert.Equal(1, history.Completions("filed"));
        Assert.Equal(1, history.Count(e => e!["event"]!.GetValue<string>() == "MESSAGE_SENT"));
        Assert.Equal("COMPLETED", (await client.InstanceAsync(key))["state"]!.GetValue<string>());
        Assert.Empty((await client.GetFromJsonAsync<JsonObject>("/api/messages/parked"))!["items"]!.AsArray());
        Assert.Empty((await client.GetFromJsonAsync<JsonObject>("/api/bus/errors"))!["items"]!.AsArray());
    }

    /// <summary>Server A (no dispatcher) starts a filing instance and is killed once it waits for the reply with the filing
    /// only stored; server B (dispatcher on) is started on the same database and broker. Returns the instance key, the
    /// outbox row as A left it, server B and its admin client.</summary>
    private async Task<(string Key, OutboxRow Row, BusServerProcess ServerB, HttpClient Client)> CrashBeforeDispatchThenRestartAsync(string caseNumber)
    {
        var (serverA, clientA) = await StartServerAsync("A", dispatcher: false);
        var key = await clientA.StartAsync(FilingModels.FilingProcessId, caseNumber, FilingModels.FilingVariables(caseNumber));
        var history = await Eventually.WaitAsync(() => clientA.HistoryAsync(key), WaitsForTheReply, $"instance {key} to wait for the reply");
        var sent = Assert.Single(history, e => e!["event"]!.GetValue<string>() == "MESSAGE_SENT")!;
        Assert.Equal("file", sent["elementId"]!.GetValue<string>());
        var row = Assert.Single(await Outbox.RowsOfAsync(key));
        Assert.Equal(new OutboxRow(row.Id, Guid.Parse(sent["value"]!.GetValue<string>()), MajorPenaltyFiling.MessageName, false, 0), row);
        Assert.Empty(await clientA.SimulatorMessagesAsync());
        Assert.Equal("ACTIVE", (await clientA.InstanceAsync(key))["state"]!.GetValue<string>());
        Log($"instance {key} waits for the reply; filing {row.MessageId} committed, not dispatched");

        serverA.Kill();
        Log("server A killed (SIGKILL)");
        Assert.False(Assert.Single(await Outbox.RowsOfAsync(key)).Dispatched);

        var (serverB, clientB) = await StartServerAsync("B", dispatcher: true);
        return (key, row, serverB, clientB);
    }

    private Task<OutboxRow> DispatchedAsync(string key, string what) =>
        Eventually.WaitAsync(async () => Assert.Single(await Outbox.RowsOfAsync(key)), r => r.Dispatched, what);

    /// <summary>The send task completed and the event-based gateway waits for the acknowledgement or the correction opinion.</summary>
    private static bool WaitsForTheReply(JsonArray history) =>
        history.Completions("file") == 1
        && history.Any(e => e!["event"]!.GetValue<string>() == "ACTIVATED" && e["elementId"]?.GetValue<string>() == "gw");

    private async Task<(BusServerProcess Server, HttpClient Client)> StartServerAsync(string name, bool dispatcher)
    {
        var server = await BusServerProcess.StartAsync(name, Settings(dispatcher), StartupTimeout);
        servers.Add(server);
        var client = await server.CreateAdminClientAsync();
        clients.Add(client);
        Log($"server {name} up at {server.BaseAddress} (outbox dispatcher {(dispatcher ? "on" : "off")})");
        return (server, client);
    }

    /// <summary>Every process of a test is the same node on the same SQLite file, broker virtual host and key folder.</summary>
    private Dictionary<string, string> Settings(bool dispatcher) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        // Production refuses the demo's published passwords unless the demo is asked for explicitly.
        ["Bpm__Demo__Seed"] = "true",
        ["ConnectionStrings__Bpm"] = $"Data Source={Path.Combine(tempRoot, "bpm.db")}",
        ["Bpm__Database__Provider"] = "Sqlite",
        ["Bpm__WorkflowsPath"] = Path.Combine(tempRoot, "workflows"),
        ["Bpm__Auth__KeyDirectory"] = Path.Combine(tempRoot, "keys"),
        ["Bpm__Engine__NodeId"] = "bus-recovery-node",
        ["Bpm__Engine__Outbox__Enabled"] = dispatcher ? "true" : "false",
        ["Bpm__Engine__Outbox__PollInterval"] = "00:00:00.200",
        ["Bpm__Bus__Transport"] = "RabbitMq",
        ["Bpm__Bus__RabbitMq__Host"] = RabbitMqBroker.Host,
        ["Bpm__Bus__RabbitMq__VirtualHost"] = virtualHost ?? throw new InvalidOperationException("no virtual host"),
        ["Bpm__Engine__Outbox__SendTimeout"] = "00:00:05",
        ["Bpm__AgencySimulator__Enabled"] = "true",
        ["BPM_DEBUG_ERRORS"] = "1",
    };

    private void Log(string message) => output.WriteLine($"[{clock.Elapsed.TotalSeconds,6:F1} s] {message}");
}
