using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Bpm.Engine.Messaging;
using Bpm.Engine.Runtime.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Benchmarks;

/// <summary>Message correlation through the engine's publish API (the call behind POST /api/messages/publication):
/// N instances wait in a receive task, each for its own case number; N messages are published by concurrent callers and
/// each must resume exactly its instance. Then the buffered path: N/4 messages with a time-to-live are published first,
/// and the instances that wait for them afterwards are resumed from the buffer right after their start commits.</summary>
public static class MessageBenchmark
{
    public const string ProcessId = "bench-message-wait";
    internal const string MessageName = "bench.reply";

    public static async Task<MessageBenchResult> RunAsync(string name, BenchDatabase database, BenchOptions options)
    {
        await using var host = await EngineHost.StartAsync(database, runJobWorker: false);
        await host.DeployAsync(Model, "message-wait.bpmn");
        var messages = host.Services.GetRequiredService<IMessageCorrelator>();
        var count = options.MessageCount;

        await ParallelAsync(count, options.Concurrency, async (i, _) =>
            await host.Engine.StartProcessInstanceAsync(Start("case-" + i), CancellationToken.None));

        var latencies = new LatencyRecorder(options.Concurrency);
        var misses = 0;
        var publish = Stopwatch.StartNew();
        await ParallelAsync(count, options.Concurrency, async (i, worker) =>
        {
            var published = await latencies.TimeAsync(worker, () => messages.PublishAsync(
                new PublishMessageCommand(MessageName, "case-" + i, new JsonObject { ["reply"] = i }), CancellationToken.None), record: true);
            if (published.ProcessInstanceKeys.Count != 1) Interlocked.Increment(ref misses);
        });
        var publishSeconds = publish.Elapsed.TotalSeconds;

        var buffered = count / 4;
        var bufferLatencies = new LatencyRecorder(options.Concurrency);
        await ParallelAsync(buffered, options.Concurrency, async (i, _) =>
            await messages.PublishAsync(new PublishMessageCommand(MessageName, "buffered-" + i, new JsonObject { ["reply"] = i }, TimeSpan.FromHours(1)),
                CancellationToken.None));
        var fromBuffer = Stopwatch.StartNew();
        await ParallelAsync(buffered, options.Concurrency, async (i, worker) =>
            await bufferLatencies.TimeAsync(worker, () => host.Engine.StartProcessInstanceAsync(Start("buffered-" + i), CancellationToken.None), record: true));
        var bufferSeconds = fromBuffer.Elapsed.TotalSeconds;

        var completed = await Verification.CountAsync(host, ProcessId, "COMPLETED");
        var active = await Verification.CountAsync(host, ProcessId, "ACTIVE");
        return new MessageBenchResult(name, count, count / publishSeconds, latencies.Summarize(), misses,
            buffered, buffered / bufferSeconds, bufferLatencies.Summarize(), completed, active);
    }

    public static void Print(MessageBenchResult r)
    {
        Console.WriteLine($"  {r.Provider}: {r.Messages:N0} messages published to {r.Messages:N0} waiting instances: {r.CorrelatedPerSecond:N0} correlated/s, " +
            $"publish p50 {r.Publish.P50:0.0} ms, p99 {r.Publish.P99:0.0} ms; {r.Misses} did not correlate exactly once");
        Console.WriteLine($"  {r.Provider}: {r.Buffered:N0} buffered messages (TTL 1 h) taken by instances started afterwards: " +
            $"{r.BufferedPerSecond:N0} start+correlate/s, start call p50 {r.FromBuffer.P50:0.0} ms, p99 {r.FromBuffer.P99:0.0} ms");
        Console.WriteLine($"  {r.Provider}: check: {r.Completed:N0} completed (expected {r.Messages + r.Buffered:N0}), {r.Active:N0} still waiting (expected 0)");
    }

    private static StartProcessInstanceCommand Start(string caseNumber) =>
        new(ProcessId, null, null, new JsonObject { ["caseNumber"] = caseNumber });

    private static Task ParallelAsync(int count, int concurrency, Func<int, int, Task> body)
    {
        var next = -1;
        return Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count) await body(i, worker);
        })));
    }

    internal const string Model = $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
            id="defs_message_bench" targetNamespace="http://bpm.bench">
          <bpmn:message id="reply" name="{MessageName}">
            <bpmn:extensionElements><zeebe:subscription correlationKey="=caseNumber" /></bpmn:extensionElements>
          </bpmn:message>
          <bpmn:process id="{ProcessId}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:receiveTask id="wait" messageRef="reply" />
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
