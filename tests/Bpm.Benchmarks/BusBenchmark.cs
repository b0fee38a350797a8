using System.Diagnostics;
using System.Text.Json.Nodes;
using Bpm.Bus.Hosting;
using Bpm.Contracts.V1;
using Bpm.Engine.Queries;
using Bpm.Engine.Runtime.Commands;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Benchmarks;

/// <summary>Messages correlated per second through RabbitMQ: N instances wait for a justice-bureau acknowledgement on their
/// case number; N acknowledgements are published to the broker at once and timed until every instance has completed.
/// Uses its own RabbitMQ virtual host (rabbitmqctl) so the queues start empty.</summary>
public static class BusBenchmark
{
    private const string ProcessId = "bus_bench";

    private const string Model = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                          id="defs_bus_bench" targetNamespace="http://bpm.bench">
          <bpmn:message id="ack" name="major-penalty.acknowledged.v1"><bpmn:extensionElements><zeebe:subscription correlationKey="=caseNumber" /></bpmn:extensionElements></bpmn:message>
          <bpmn:process id="bus_bench" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <bpmn:receiveTask id="wait" messageRef="ack" />
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    public static async Task<BusBenchResult> RunAsync(string name, BenchDatabase database, BenchOptions options)
    {
        var vhost = "bpm-bench-" + Guid.NewGuid().ToString("N");
        var ctl = ExternalCommand.Find("rabbitmqctl", "/usr/sbin/rabbitmqctl")
            ?? throw new InvalidOperationException("rabbitmqctl not found: the bus benchmark needs a local RabbitMQ (.ci/services)");
        await ExternalCommand.RunAsync(ctl, ["add_vhost", vhost], TimeSpan.FromSeconds(60));
        await ExternalCommand.RunAsync(ctl, ["set_permissions", "-p", vhost, "guest", ".*", ".*", ".*"], TimeSpan.FromSeconds(60));
        try
        {
            var settings = new Dictionary<string, string?> { ["Bpm:Bus:Transport"] = "RabbitMq", ["Bpm:Bus:RabbitMq:VirtualHost"] = vhost };
            await using var node = await EngineHost.StartAsync(database, runJobWorker: false, settings: settings,
                configure: (services, configuration) => services.AddBpmBus(configuration));
            await node.DeployAsync(Model, "bus_bench.bpmn");
            var count = options.BusMessages;
            var next = -1;
            await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < count)
                    await node.Engine.StartProcessInstanceAsync(new StartProcessInstanceCommand(ProcessId, null, CaseNumber(i),
                        new JsonObject { ["caseNumber"] = CaseNumber(i) }), CancellationToken.None);
            })));

            var bus = node.Services.GetRequiredService<IBus>();
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, count).Select(i => bus.Publish(Reply(CaseNumber(i)))));
            var published = clock.Elapsed;
            while (await ActiveAsync(node.Queries) > 0)
            {
                if (clock.Elapsed > TimeSpan.FromMinutes(10)) throw new TimeoutException("replies were not all correlated within 10 minutes");
                await Task.Delay(20);
            }
            return new BusBenchResult(name, count, published, clock.Elapsed);
        }
        finally
        {
            await ExternalCommand.RunAsync(ctl, ["delete_vhost", vhost], TimeSpan.FromSeconds(60));
        }
    }

    public static void Print(BusBenchResult r) =>
        Console.WriteLine($"  {r.Provider}: {r.Messages:N0} replies published in {r.Published.TotalSeconds:0.00} s, all correlated after " +
            $"{r.Correlated.TotalSeconds:0.00} s: {r.Messages / r.Correlated.TotalSeconds:N0} messages correlated/s");

    private static string CaseNumber(int i) => $"BENCH-{i:D6}";

    private static async Task<long> ActiveAsync(IEngineQueries queries) =>
        (await queries.ListInstancesAsync(new ProcessInstanceFilter("ACTIVE", ProcessId, null, 1, 1), CancellationToken.None)).Total;

    private static FilingAcknowledged Reply(string caseNumber) => new()
    {
        MessageId = Guid.NewGuid(), CaseNumber = caseNumber, SentAt = DateTimeOffset.UtcNow, InReplyTo = Guid.NewGuid(),
        Sender = new OrganisationRef { CreditCode = "11410100MB7654321Y", Name = "郑州市司法局" },
        Receiver = new OrganisationRef { CreditCode = "11410100MB1234567X", Name = "郑州市市场监督管理局" },
        DecisionNumber = "郑市监罚字〔2025〕15号", FilingNumber = "郑司备〔2025〕0412号", FiledOn = new DateOnly(2025, 10, 15),
    };
}
