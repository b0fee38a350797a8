using System.Net;
using System.Net.Http.Json;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

/// <summary>POST /api/process-instances/{key}/deadlines/{name}/pause | resume | extension.</summary>
public abstract class DeadlineTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    private static string Model(string id) => TestModels.Process(id, """
        <bpmn:startEvent id="start" />
        <bpmn:serviceTask id="deadline"><bpmn:extensionElements><zeebe:taskDefinition type="bpm:start-deadline" /><zeebe:ioMapping>
          <zeebe:input source="=&quot;decision&quot;" target="name" /><zeebe:input source="=7" target="days" />
        </zeebe:ioMapping></bpmn:extensionElements></bpmn:serviceTask>
        <bpmn:userTask id="decide"><bpmn:extensionElements><zeebe:taskSchedule dueDate="=deadlines.decision.due" /><zeebe:assignmentDefinition candidateUsers="admin" /></bpmn:extensionElements></bpmn:userTask>
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="deadline" />
        <bpmn:sequenceFlow id="f2" sourceRef="deadline" targetRef="decide" />
        <bpmn:sequenceFlow id="f3" sourceRef="decide" targetRef="end" />
        """);

    private async Task<string> StartAsync()
    {
        var id = UniqueProcessId("deadline");
        await Client.DeployAsync(($"{id}.bpmn", Model(id)));
        return (await Client.StartAsync(id))["processInstanceKey"].Key();
    }

    private Task<HttpResponseMessage> PostAsync(string key, string name, string action, object? body) =>
        Client.PostAsJsonAsync($"/api/process-instances/{key}/deadlines/{name}/{action}", body ?? new { });

    [Fact]
    public async Task Pause_resume_and_extension_answer_the_updated_deadline_with_who_and_why()
    {
        var key = await StartAsync();
        var started = (await Client.GetObjectAsync($"/api/process-instances/{key}"))["variables"]!["deadlines"]!["decision"]!;
        Assert.Equal("RUNNING", (string)started["state"]!);

        var paused = await (await PostAsync(key, "decision", "pause", new { reason = "听证" })).ReadJsonObjectAsync(HttpStatusCode.OK);
        Assert.Equal("PAUSED", (string)paused["state"]!);
        var pause = paused["history"]!.AsArray()[^1]!;
        Assert.Equal(("PAUSE", "admin", "听证"), ((string)pause["action"]!, (string)pause["by"]!, (string)pause["reason"]!));

        var resumed = await (await PostAsync(key, "decision", "resume", null)).ReadJsonObjectAsync(HttpStatusCode.OK);
        Assert.Equal("RUNNING", (string)resumed["state"]!);

        var extended = await (await PostAsync(key, "decision", "extension", new { days = 7, reason = "案情复杂" })).ReadJsonObjectAsync(HttpStatusCode.OK);
        var extension = extended["history"]!.AsArray()[^1]!;
        Assert.Equal(("EXTEND", 7, "案情复杂"), ((string)extension["action"]!, (int)extension["days"]!, (string)extension["reason"]!));
        Assert.Equal((string)extended["due"]!, (string)extension["dueAfter"]!);

        var task = (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={key}&state=CREATED")).Single()!;
        Assert.Equal(DateTimeOffset.Parse((string)extended["due"]!), DateTimeOffset.Parse((string)task["dueDate"]!));
        var variables = (await Client.GetObjectAsync($"/api/process-instances/{key}"))["variables"]!["deadlines"]!["decision"]!;
        Assert.Equal(4, variables["history"]!.AsArray().Count);
    }

    [Fact]
    public async Task Extensions_beyond_the_declared_statutory_maximum_are_refused_naming_the_deadline_and_the_article()
    {
        var id = UniqueProcessId("deadline-max");
        await Client.DeployAsync(($"{id}.bpmn", Model(id).Replace("""<zeebe:input source="=7" target="days" />""",
            """<zeebe:input source="=20" target="days" /><zeebe:input source="=10" target="maxExtensionDays" /><zeebe:input source="=&quot;《中华人民共和国行政许可法》第四十二条&quot;" target="extensionBasis" />""",
            StringComparison.Ordinal)));
        var key = (await Client.StartAsync(id))["processInstanceKey"].Key();

        var extended = await (await PostAsync(key, "decision", "extension", new { days = 6, reason = "负责人批准" })).ReadJsonObjectAsync(HttpStatusCode.OK);
        var refused = await (await PostAsync(key, "decision", "extension", new { days = 5, reason = "再延长" })).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("extension-over-statutory-maximum", (string)refused["rule"]!);
        Assert.Equal("decision", (string)refused["deadline"]!);
        Assert.Equal("《中华人民共和国行政许可法》第四十二条", (string)refused["law"]!);
        Assert.Equal(10, (int)refused["maxExtensionDays"]!);
        Assert.Equal(6, (int)refused["extendedDays"]!);
        Assert.Contains("最多可延长 10 日", (string)refused["detail"]!, StringComparison.Ordinal);
        var unchanged = (await Client.GetObjectAsync($"/api/process-instances/{key}"))["variables"]!["deadlines"]!["decision"]!;
        Assert.Equal((string)extended["due"]!, (string)unchanged["due"]!);

        // Up to the maximum is allowed: 6 + 4 = 10.
        await (await PostAsync(key, "decision", "extension", new { days = 4, reason = "负责人批准" })).ReadJsonObjectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Pausing_a_paused_deadline_or_resuming_a_running_one_is_409()
    {
        var key = await StartAsync();
        await (await PostAsync(key, "decision", "resume", null)).ReadProblemAsync(HttpStatusCode.Conflict);
        await (await PostAsync(key, "decision", "pause", new { reason = "检测" })).ReadJsonObjectAsync(HttpStatusCode.OK);
        await (await PostAsync(key, "decision", "pause", new { reason = "检测" })).ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_unknown_instance_or_deadline_is_404()
    {
        var key = await StartAsync();
        await (await PostAsync("999999999999", "decision", "pause", new { reason = "x" })).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await PostAsync(key, "appeal", "pause", new { reason = "x" })).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await PostAsync(key, "appeal", "extension", new { days = 1, reason = "x" })).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("pause", """{}""", "reason")]
    [InlineData("pause", """{"reason": "  "}""", "reason")]
    [InlineData("extension", """{"reason": "x"}""", "days")]
    [InlineData("extension", """{"days": 0, "reason": "x"}""", "days")]
    [InlineData("extension", """{"days": "3", "reason": "x"}""", "days")]
    [InlineData("extension", """{"days": 3}""", "reason")]
    public async Task Bad_input_is_400_naming_the_field(string action, string body, string field)
    {
        var key = await StartAsync();
        var response = await Client.PostAsync($"/api/process-instances/{key}/deadlines/decision/{action}",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(field, problem["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_bad_key_is_400()
    {
        var problem = await (await PostAsync("abc", "decision", "pause", new { reason = "x" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("key", problem["field"]!.GetValue<string>());
    }

}
