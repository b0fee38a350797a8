using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.UserTasks;

/// <summary>Signs in the test people (real tokens from /api/auth/token) and starts cases of a jinshui-amr review task.</summary>
public abstract class UserTaskTestBase(BpmServerFactory factory) : ApiTestBase(factory)
{
    private readonly Dictionary<string, HttpClient> _clients = [];

    protected async Task<HttpClient> As(string username)
    {
        if (_clients.TryGetValue(username, out var client)) return client;
        await PeopleServerSetup.SeedUsersAsync(Factory.Services);
        client = await Factory.CreateAuthenticatedClientAsync(username, TestPeopleDirectory.Password);
        _clients[username] = client;
        return client;
    }

    /// <summary>A review task of 金水区市场监管局 (header organisationId), candidates: group officers-jinshui; due date,
    /// priority and assignee from the variables <c>due</c>, <c>prio</c>, <c>who</c>.</summary>
    protected static string ReviewModel(string processId, string? organisationHeader = "jinshui-amr", string boundary = "") =>
        TestModels.Process(processId, $"""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
            <bpmn:userTask id="review" name="审核案件">
              <bpmn:extensionElements>
                <zeebe:assignmentDefinition assignee="=who" candidateGroups="officers-jinshui" />
                <zeebe:taskSchedule dueDate="=due" />
                <zeebe:priorityDefinition priority="=prio" />
                {(organisationHeader is null ? "" : $"<zeebe:taskHeaders><zeebe:header key=\"organisationId\" value=\"{organisationHeader}\" /></zeebe:taskHeaders>")}
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end" />
            <bpmn:endEvent id="end" />
            {boundary}
            """);

    /// <summary>A user task of 金水区市场监管局 for candidates officers-jinshui with extra task <paramref name="headers"/>
    /// (the assignment rules).</summary>
    protected static string RuleTask(string id, string name, string assignee, string headers) => $"""
        <bpmn:userTask id="{id}" name="{name}">
          <bpmn:extensionElements>
            <zeebe:assignmentDefinition assignee="{assignee}" candidateGroups="officers-jinshui" />
            <zeebe:taskHeaders><zeebe:header key="organisationId" value="jinshui-amr" />{headers}</zeebe:taskHeaders>
          </bpmn:extensionElements>
        </bpmn:userTask>
        """;

    protected async Task<string> DeployReviewAsync(string? organisationHeader = "jinshui-amr", string boundary = "")
    {
        var id = UniqueProcessId("review");
        await Client.DeployAsync(($"{id}.bpmn", ReviewModel(id, organisationHeader, boundary)));
        return id;
    }

    /// <summary>Starts a case and returns its open task's key.</summary>
    protected async Task<string> StartTaskAsync(string processId, string? who = null, DateTimeOffset? due = null, int prio = 50, string? organisationId = null)
    {
        var variables = new JsonObject { ["who"] = who, ["due"] = due?.ToString("O"), ["prio"] = prio };
        if (organisationId is not null) variables["organisationId"] = organisationId;
        var instance = (await Client.StartAsync(processId, variables))["processInstanceKey"].Key();
        return (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instance}"))[0]!["userTaskKey"].Key();
    }

    protected static async Task<JsonObject> TaskAsync(HttpClient client, string taskKey) => await client.GetObjectAsync($"/api/user-tasks/{taskKey}");

    protected static async Task<List<(string Event, string? Actor)>> HistoryAsync(HttpClient client, string taskKey) =>
        (await client.GetItemsAsync($"/api/user-tasks/{taskKey}/history"))
            .Select(h => (h!["event"]!.GetValue<string>(), h["actor"]?.GetValue<string>())).ToList();

    protected static async Task ExpectNoContent(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Asserts a 403 naming <paramref name="rule"/>.</summary>
    protected static async Task ExpectDenied(Task<HttpResponseMessage> call, string rule)
    {
        var problem = await (await call).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(rule, problem["rule"]!.GetValue<string>());
    }

    protected static Task<HttpResponseMessage> Post(HttpClient client, string url, object? body = null) =>
        body is null ? client.PostAsync(url, null) : client.PostAsJsonAsync(url, body);
}
