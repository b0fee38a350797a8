using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Bpm.Server.Tests.Recovery;

/// <summary>Up to <paramref name="count"/> start requests, <paramref name="concurrency"/> in flight at any time.
/// An instance counts as acknowledged only when its 201 with the key was read; anything else (a connection cut by a
/// crash, an error status) leaves the outcome unknown to the caller. <paramref name="atThreshold"/> runs once,
/// synchronously, on the request that brings the acknowledged count to <paramref name="threshold"/> (e.g. a kill);
/// no request is sent after that. Because no more than <paramref name="concurrency"/> requests are ever ahead of the
/// acknowledgements, the action lands while requests are still in flight and before the burst is over, however fast
/// the server is.</summary>
public sealed class StartBurst(HttpClient client, string bpmnProcessId, int count, int concurrency, int threshold, Action atThreshold)
{
    private readonly ConcurrentDictionary<string, int> _acknowledged = new();
    private readonly ConcurrentBag<string> _errorStatuses = [];
    private int _acknowledgedCount;
    private int _next = -1;
    private int _sent;
    private int _cut;

    /// <summary>Instance key → the request's number.</summary>
    public IReadOnlyDictionary<string, int> Acknowledged => _acknowledged;

    /// <summary>Requests answered with another status than 201 (status and body).</summary>
    public IReadOnlyCollection<string> ErrorStatuses => _errorStatuses;

    /// <summary>Requests sent.</summary>
    public int Sent => _sent;

    /// <summary>Requests that got no complete answer.</summary>
    public int Cut => _cut;

    /// <summary>Whether the threshold was reached (and the action ran).</summary>
    public bool ThresholdReached => Volatile.Read(ref _acknowledgedCount) >= threshold;

    /// <summary>Runs the burst on the thread pool (not the test framework's synchronization context, which would queue
    /// the threshold action behind the other requests) and returns when every sent request is answered or cut.</summary>
    public Task RunAsync() => Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(SendLoopAsync)));

    private async Task SendLoopAsync()
    {
        while (!ThresholdReached)
        {
            var n = Interlocked.Increment(ref _next);
            if (n >= count)
                return;
            Interlocked.Increment(ref _sent);
            await StartOneAsync(n);
        }
    }

    private async Task StartOneAsync(int n)
    {
        try
        {
            using var response = await client.PostAsJsonAsync("/api/process-instances", new { bpmnProcessId, variables = new { n } });
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.Created)
            {
                _errorStatuses.Add($"{(int)response.StatusCode}: {body}");
                return;
            }
            var key = JsonNode.Parse(body)!["processInstanceKey"]!.GetValue<string>();
            _acknowledged[key] = n;
            if (Interlocked.Increment(ref _acknowledgedCount) == threshold)
                atThreshold();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            Interlocked.Increment(ref _cut);
        }
    }
}
