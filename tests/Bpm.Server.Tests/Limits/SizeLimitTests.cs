using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Limits;

/// <summary>Requests past a size limit are refused with a problem naming the limit (413 for a size, 400 for a length),
/// in Chinese, with nothing stored.</summary>
public abstract class SizeLimitTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    private static string Text(int length) => new('x', length);

    private static void AssertLimit(JsonObject problem, string name, long value)
    {
        Assert.Equal(name, problem["limit"]!["name"]!.GetValue<string>());
        Assert.Equal(value, problem["limit"]!["value"]!.GetValue<long>());
        Assert.Contains("上限", problem["detail"]!.GetValue<string>());
    }

    private async Task<string> DeployAsync()
    {
        var id = UniqueProcessId("limits");
        await Client.DeployAsync(("limits.bpmn", TestModels.UserTaskProcess(id)));
        return id;
    }

    private async Task<long> InstancesOfAsync(string id) =>
        (await Client.GetObjectAsync($"/api/process-instances?bpmnProcessId={id}"))["total"]!.GetValue<long>();

    [Fact]
    public async Task Variables_past_the_limit_are_refused_with_413_and_nothing_is_started()
    {
        var id = await DeployAsync();
        var response = await Client.PostAsJsonAsync("/api/process-instances",
            new { bpmnProcessId = id, variables = new { note = Text(SizeLimitSettings.MaxVariablesBytes + 1) } });
        var problem = await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        AssertLimit(problem, "Bpm:Engine:Limits:MaxVariablesBytes", SizeLimitSettings.MaxVariablesBytes);
        Assert.Equal("variables", problem["field"]!.GetValue<string>());
        Assert.Equal(0, await InstancesOfAsync(id));
    }

    [Fact]
    public async Task A_business_key_past_its_length_is_refused_with_400()
    {
        var id = await DeployAsync();
        var response = await Client.PostAsJsonAsync("/api/process-instances", new { bpmnProcessId = id, businessKey = Text(257) });
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        AssertLimit(problem, "Bpm:Engine:Limits:MaxBusinessKeyLength", 256);
        Assert.Equal("businessKey", problem["field"]!.GetValue<string>());
        Assert.Equal(0, await InstancesOfAsync(id));
    }

    [Fact]
    public async Task Completing_a_task_with_variables_past_the_limit_is_refused_and_the_task_stays_open()
    {
        var id = await DeployAsync();
        var instance = (await Client.StartAsync(id))["processInstanceKey"].Key();
        var task = (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instance}")).Single()!["userTaskKey"].Key();

        var response = await Client.PostAsJsonAsync($"/api/user-tasks/{task}/completion",
            new { variables = new { report = Text(SizeLimitSettings.MaxVariablesBytes + 1) } });
        AssertLimit(await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge), "Bpm:Engine:Limits:MaxVariablesBytes", SizeLimitSettings.MaxVariablesBytes);
        Assert.Equal("CREATED", (await Client.GetObjectAsync($"/api/user-tasks/{task}"))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_message_with_variables_past_the_limit_is_refused()
    {
        var agency = await Factory.CreateIntegrationClientAsync(Client);
        var response = await agency.PostAsJsonAsync("/api/messages/publication",
            new { name = "limits-" + Guid.NewGuid().ToString("N"), correlationKey = "K", timeToLive = "PT1H", variables = new { v = Text(SizeLimitSettings.MaxVariablesBytes + 1) } });
        AssertLimit(await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge), "Bpm:Engine:Limits:MaxVariablesBytes", SizeLimitSettings.MaxVariablesBytes);
    }

    [Fact]
    public async Task A_JSON_body_past_the_request_cap_is_refused_with_413_before_it_is_read()
    {
        var id = await DeployAsync();
        var body = new StringContent($$"""{"bpmnProcessId":"{{id}}","padding":"{{Text(SizeLimitSettings.MaxJsonBodyBytes)}}"}""", Encoding.UTF8, "application/json");
        var problem = await (await Client.PostAsync("/api/process-instances", body)).ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        AssertLimit(problem, "Bpm:Engine:Limits:MaxJsonBodyBytes", SizeLimitSettings.MaxJsonBodyBytes);
        Assert.Equal(0, await InstancesOfAsync(id));
    }

    [Fact]
    public async Task An_attachment_past_its_size_and_a_case_past_its_quota_are_refused_with_413()
    {
        var id = await DeployAsync();
        var instance = (await Client.StartAsync(id))["processInstanceKey"].Key();
        var task = (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instance}")).Single()!["userTaskKey"].Key();

        var tooBig = await UploadAsync(task, SizeLimitSettings.MaxAttachmentBytes + 1);
        AssertLimit(await tooBig.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge), "Bpm:Attachments:MaxBytes", SizeLimitSettings.MaxAttachmentBytes);

        // 100 KiB per case: two of 40 KiB fit, a third does not.
        await (await UploadAsync(task, SizeLimitSettings.MaxAttachmentBytes)).ReadJsonObjectAsync(HttpStatusCode.Created);
        await (await UploadAsync(task, SizeLimitSettings.MaxAttachmentBytes)).ReadJsonObjectAsync(HttpStatusCode.Created);
        var overQuota = await UploadAsync(task, SizeLimitSettings.MaxAttachmentBytes);
        AssertLimit(await overQuota.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge), "Bpm:Attachments:MaxBytesPerInstance", SizeLimitSettings.MaxAttachmentBytesPerInstance);
        Assert.Equal(2, (await Client.GetItemsAsync($"/api/user-tasks/{task}/attachments")).Count);
    }

    private Task<HttpResponseMessage> UploadAsync(string taskKey, int size)
    {
        var bytes = new byte[size];
        Random.Shared.NextBytes(bytes);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var form = new MultipartFormDataContent { { content, "file", "笔录.pdf" } };
        return Client.PostAsync($"/api/user-tasks/{taskKey}/attachments", form);
    }
}

public sealed class SizeLimitSqliteTests(SizeLimitServerFactory<Sqlite> f) : SizeLimitTests(f), IClassFixture<SizeLimitServerFactory<Sqlite>>;
public sealed class SizeLimitPostgresTests(SizeLimitServerFactory<Postgres> f) : SizeLimitTests(f), IClassFixture<SizeLimitServerFactory<Postgres>>;
