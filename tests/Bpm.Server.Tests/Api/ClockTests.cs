using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Engine.Timers;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.Api;

public sealed class ClockTests(ControllableClockServerFactory<Sqlite> factory) : ApiTestBase(factory), IClassFixture<ControllableClockServerFactory<Sqlite>>
{
    [Fact]
    public async Task The_engine_reads_the_pinned_clock_for_instances_due_dates_and_deadline_states()
    {
        var id = UniqueProcessId("clock");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.Process(id, """
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="review"><bpmn:extensionElements><zeebe:taskSchedule dueDate="=now() + duration(&quot;P7D&quot;)" /><zeebe:assignmentDefinition candidateUsers="admin" /></bpmn:extensionElements></bpmn:userTask>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end" />
            """)));
        var now = (await Client.GetFromJsonAsync<JsonObject>("/api/clock"))!["now"]!.GetValue<DateTimeOffset>();
        var at = now.AddDays(400);
        (await Client.PutAsJsonAsync("/api/clock", new { now = at.ToString("O") })).EnsureSuccessStatusCode();

        var started = await (await Client.PostAsJsonAsync("/api/process-instances", new { bpmnProcessId = id })).Content.ReadFromJsonAsync<JsonObject>();
        var key = started!["processInstanceKey"]!.GetValue<string>();
        var instance = await Client.GetFromJsonAsync<JsonObject>($"/api/process-instances/{key}");
        var task = (await Client.GetFromJsonAsync<JsonObject>($"/api/user-tasks?processInstanceKey={key}"))!["items"]![0]!;

        Assert.Equal(at, instance!["startedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(at.AddDays(7), task["dueDate"]!.GetValue<DateTimeOffset>());
        Assert.Equal("onTime", task["deadline"]!["state"]!.GetValue<string>());
        Assert.Equal("onTime", instance["deadline"]!["state"]!.GetValue<string>());

        (await Client.PutAsJsonAsync("/api/clock", new { now = at.AddDays(6).ToString("O") })).EnsureSuccessStatusCode();
        Assert.Equal("warning", (await DeadlineStatesAsync(key)).Task);
        (await Client.PutAsJsonAsync("/api/clock", new { now = at.AddDays(8).ToString("O") })).EnsureSuccessStatusCode();
        Assert.Equal(("overdue", "overdue"), await DeadlineStatesAsync(key));
    }

    private async Task<(string Task, string Instance)> DeadlineStatesAsync(string key)
    {
        var task = (await Client.GetFromJsonAsync<JsonObject>($"/api/user-tasks?processInstanceKey={key}"))!["items"]![0]!;
        var instance = (await Client.GetFromJsonAsync<JsonObject>($"/api/process-instances/{key}"))!;
        return (task["deadline"]!["state"]!.GetValue<string>(), instance["deadline"]!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_timer_due_at_the_new_time_fires_within_two_seconds_of_moving_the_clock()
    {
        var id = UniqueProcessId("timer");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.Process(id, """
            <bpmn:startEvent id="start" />
            <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>P30D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
            """)));
        var now = (await Client.GetFromJsonAsync<JsonObject>("/api/clock"))!["now"]!.GetValue<DateTimeOffset>();
        var at = now.AddDays(1000);
        (await Client.PutAsJsonAsync("/api/clock", new { now = at.ToString("O") })).EnsureSuccessStatusCode();
        var started = await (await Client.PostAsJsonAsync("/api/process-instances", new { bpmnProcessId = id })).Content.ReadFromJsonAsync<JsonObject>();
        var key = started!["processInstanceKey"]!.GetValue<string>();

        (await Client.PutAsJsonAsync("/api/clock", new { now = at.AddDays(30).AddSeconds(-1).ToString("O") })).EnsureSuccessStatusCode();
        // Whatever is due at the pinned time fires in this sweep; the timer is not due yet.
        await Factory.Services.GetRequiredService<TimerSweep>().RunDueTimersAsync(CancellationToken.None);
        Assert.Equal("ACTIVE", (await Client.GetFromJsonAsync<JsonObject>($"/api/process-instances/{key}"))!["state"]!.GetValue<string>());

        (await Client.PutAsJsonAsync("/api/clock", new { now = at.AddDays(30).ToString("O") })).EnsureSuccessStatusCode();
        var moved = DateTimeOffset.UtcNow;
        string state;
        do
        {
            state = (await Client.GetFromJsonAsync<JsonObject>($"/api/process-instances/{key}"))!["state"]!.GetValue<string>();
            if (state == "COMPLETED") break;
            await Task.Delay(50);
        }
        while (DateTimeOffset.UtcNow - moved < TimeSpan.FromSeconds(2));
        Assert.Equal("COMPLETED", state);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"now\":\"next tuesday\"}")]
    public async Task A_missing_or_invalid_instant_is_a_problem_naming_now(string json)
    {
        var response = await Client.PutAsync("/api/clock", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("now", (await response.Content.ReadFromJsonAsync<JsonObject>())!["field"]!.GetValue<string>());
    }
}
