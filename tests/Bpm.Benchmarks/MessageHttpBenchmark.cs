using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Bpm.Benchmarks;

/// <summary>The message benchmark through the real HTTP API: the server runs as a child process (<c>Bpm.Server.dll</c>,
/// in-memory bus) on the benchmark's database; the admin logs in, deploys the receive-task model of
/// <see cref="MessageBenchmark"/>, starts N instances (<c>POST /api/process-instances</c>), then N
/// <c>POST /api/messages/publication</c> are timed from concurrent callers sharing one HttpClient. Every response must list
/// exactly one process instance; afterwards none may still be ACTIVE.</summary>
public static class MessageHttpBenchmark
{
    public static async Task<MessageHttpResult> RunAsync(string name, BenchDatabase database, BenchOptions options)
    {
        using var server = await BenchServerProcess.StartAsync(database, TimeSpan.FromSeconds(90));
        var concurrency = options.Concurrency;
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(16, concurrency), PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        await LogInAsync(client);
        await DeployAsync(client);
        // Messages are published by an integration client, not with the admin's token.
        using var agency = new HttpClient(handler, disposeHandler: false) { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        await IntegrationLogInAsync(client, agency);
        var count = options.HttpMessageCount;

        var starting = Stopwatch.StartNew();
        await ParallelAsync(count, concurrency, async (i, _) =>
        {
            using var response = await client.PostAsJsonAsync("/api/process-instances",
                new { bpmnProcessId = MessageBenchmark.ProcessId, variables = new { caseNumber = "case-" + i } });
            if (response.StatusCode != HttpStatusCode.Created)
                throw new InvalidOperationException($"start {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        });
        var startsPerSecond = count / starting.Elapsed.TotalSeconds;

        var latencies = new LatencyRecorder(concurrency);
        var misses = 0;
        string? firstFailure = null;
        var publish = Stopwatch.StartNew();
        await ParallelAsync(count, concurrency, async (i, worker) =>
        {
            var failure = await latencies.TimeAsync(worker, () => PublishAsync(agency, "case-" + i), record: true);
            if (failure is null) return;
            Interlocked.Increment(ref misses);
            Interlocked.CompareExchange(ref firstFailure, $"case-{i}: {failure}", null);
        });
        var publishSeconds = publish.Elapsed.TotalSeconds;

        var completed = await CountAsync(client, "COMPLETED");
        var active = await CountAsync(client, "ACTIVE");
        return new MessageHttpResult(name, count, startsPerSecond, count / publishSeconds, latencies.Summarize(), misses, firstFailure,
            completed, active, server.LineCount);
    }

    public static void Print(MessageHttpResult r)
    {
        Console.WriteLine($"  {r.Provider}: {r.Messages:N0} instances started over HTTP: {r.StartsPerSecond:N0} starts/s");
        Console.WriteLine($"  {r.Provider}: {r.Messages:N0} POST /api/messages/publication to {r.Messages:N0} waiting instances: " +
            $"{r.CorrelatedPerSecond:N0} correlated/s, request p50 {r.Publish.P50:0.0} ms, p99 {r.Publish.P99:0.0} ms, max {r.Publish.Max:0.0} ms; " +
            $"{r.Misses} did not list exactly one instance");
        if (r.FirstFailure is not null) Console.WriteLine($"  {r.Provider}: first failure: {r.FirstFailure}");
        Console.WriteLine($"  {r.Provider}: check: {r.Completed:N0} completed (expected {r.Messages:N0}), {r.Active:N0} still waiting (expected 0)" +
            $"{(r.Passed ? "" : " — FAILED")}; the server wrote {r.ServerLines:N0} log lines");
    }

    /// <summary>Publishes one message; returns null when the response lists exactly one instance, else what was wrong.</summary>
    private static async Task<string?> PublishAsync(HttpClient client, string caseNumber)
    {
        using var response = await client.PostAsJsonAsync("/api/messages/publication", new { name = MessageBenchmark.MessageName, correlationKey = caseNumber });
        if (response.StatusCode != HttpStatusCode.OK) return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var keys = body?["processInstanceKeys"]?.AsArray();
        return keys?.Count == 1 ? null : $"processInstanceKeys {keys?.ToJsonString() ?? "missing"}";
    }

    /// <summary>The admin creates an integration client (organisation: the city bureau of the demo seed) and signs it in.</summary>
    private static async Task IntegrationLogInAsync(HttpClient admin, HttpClient agency)
    {
        var clientId = "benchmark-" + Guid.NewGuid().ToString("N")[..8];
        using var created = await admin.PostAsJsonAsync("/api/integration-clients", new { clientId, name = "基准测试", organisationId = "410100-SCJGJ" });
        created.EnsureSuccessStatusCode();
        var secret = (await created.Content.ReadFromJsonAsync<JsonObject>())!["clientSecret"]!.GetValue<string>();
        using var token = await agency.PostAsync("/api/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
        }));
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
        agency.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
    }

    private static async Task LogInAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = "admin" });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())?["accessToken"]?.GetValue<string>()
            ?? throw new InvalidOperationException("POST /api/auth/token returned no accessToken");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    private static async Task DeployAsync(HttpClient client)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(MessageBenchmark.Model));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        form.Add(content, "resources", "message-wait.bpmn");
        using var response = await client.PostAsync("/api/deployments", form);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"deployment: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<long> CountAsync(HttpClient client, string state)
    {
        var page = await client.GetFromJsonAsync<JsonObject>(
            $"/api/process-instances?bpmnProcessId={MessageBenchmark.ProcessId}&state={state}&pageSize=1");
        return page?["total"]?.GetValue<long>() ?? throw new InvalidOperationException("GET /api/process-instances returned no total");
    }

    private static Task ParallelAsync(int count, int concurrency, Func<int, int, Task> body)
    {
        var next = -1;
        return Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count) await body(i, worker);
        })));
    }
}
