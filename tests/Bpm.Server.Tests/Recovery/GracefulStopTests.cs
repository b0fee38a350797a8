using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Recovery;

/// <summary>SIGTERM stops the server even while a timer's step runs an expression that would not end for an hour: the
/// host's stopping token reaches the evaluation.</summary>
public abstract class GracefulStopTests<TDatabase>(ITestOutputHelper output) : RecoveryTestBase(output) where TDatabase : IServerDatabase
{
    /// <summary>A timeout, not a speed claim: the host itself waits up to 30 s for its services before giving up.</summary>
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(15);

    private const string Model = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs" targetNamespace="http://bpm.test">
          <bpmn:process id="runaway_after_timer" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:intermediateCatchEvent id="wait">
              <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:scriptTask id="runaway">
              <bpmn:extensionElements><zeebe:script expression="=every i in 1..1e15 satisfies i &gt; 0" resultVariable="result" /></bpmn:extensionElements>
            </bpmn:scriptTask>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="runaway" />
            <bpmn:sequenceFlow id="f3" sourceRef="runaway" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task SIGTERM_stops_the_server_while_a_timer_runs_a_runaway_expression()
    {
        await UseDatabaseAsync<TDatabase>();
        AddWorkflow("runaway.bpmn", Model);
        var (server, client) = await StartServerAsync("runaway", environment: new Dictionary<string, string>
        {
            ["Bpm__Testing__ControllableClock"] = "true",
            ["Bpm__Engine__Evaluation__MaxIterations"] = long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Bpm__Engine__Evaluation__MaxWallTime"] = "01:00:00",
        });
        var started = await client.PostAsJsonAsync("/api/process-instances", new { bpmnProcessId = "runaway_after_timer" });
        Assert.Equal(System.Net.HttpStatusCode.Created, started.StatusCode);
        var now = (await client.GetFromJsonAsync<JsonObject>("/api/clock"))!["now"]!.GetValue<DateTimeOffset>();
        (await client.PutAsJsonAsync("/api/clock", new { now = now.AddHours(2).ToString("O") })).EnsureSuccessStatusCode();
        await WaitUntilAsync("the timer's step is running", TimeSpan.FromSeconds(60),
            async () => await Database.CountAsync("SELECT count(*) FROM subscriptions WHERE claimed_by IS NOT NULL") == 1);

        var stopping = Stopwatch.StartNew();
        var exited = server.Terminate(ExitTimeout);
        Log($"SIGTERM → exited {exited} after {stopping.Elapsed.TotalSeconds:F1} s");
        Assert.True(exited, $"the server did not exit within {ExitTimeout.TotalSeconds:F0} s of SIGTERM:\n{server.Tail(40)}");
        Assert.Equal(0, await Database.CountAsync("SELECT count(*) FROM incidents"));
    }
}

[Collection(RecoveryCollection.Name)]
public sealed class GracefulStopSqliteTests(ITestOutputHelper output) : GracefulStopTests<Sqlite>(output);

[Collection(RecoveryCollection.Name)]
public sealed class GracefulStopPostgresTests(ITestOutputHelper output) : GracefulStopTests<Postgres>(output);
