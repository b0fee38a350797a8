using System.Net;
using System.Net.Http.Json;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

/// <summary>Publication and correlation over HTTP, sent by an integration client (a person's token is refused:
/// <see cref="IntegrationClientTests"/>).</summary>
public abstract class MessageApiTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    private HttpClient? agency;

    private async Task<HttpClient> AgencyAsync() => agency ??= await Factory.CreateIntegrationClientAsync(Client);

    [Fact]
    public async Task Publication_resumes_the_waiting_instance_with_the_message_variables()
    {
        var id = UniqueProcessId("msgpub");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.ReceiveProcess(id, $"{id}.reply")));
        var instanceKey = (await Client.StartAsync(id, new { caseNumber = "豫郑市监罚〔2026〕1号" }))["processInstanceKey"].Key();

        var published = await (await (await AgencyAsync()).PostAsJsonAsync("/api/messages/publication",
            new { name = $"{id}.reply", correlationKey = "豫郑市监罚〔2026〕1号", variables = new { accepted = true } })).ReadJsonObjectAsync(HttpStatusCode.OK);

        published["messageKey"].Key();
        Assert.Equal(instanceKey, Assert.Single(published["processInstanceKeys"]!.AsArray())!.GetValue<string>());
        var instance = await Client.GetObjectAsync($"/api/process-instances/{instanceKey}");
        Assert.Equal("COMPLETED", instance["state"]!.GetValue<string>());
        Assert.True(instance["variables"]!["accepted"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Publication_with_time_to_live_is_buffered_until_an_instance_waits_and_a_repeated_message_id_is_ignored()
    {
        var id = UniqueProcessId("msgbuf");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.ReceiveProcess(id, $"{id}.reply")));
        var body = new { name = $"{id}.reply", correlationKey = "C-7", timeToLive = "PT1H", messageId = $"{id}-m1", variables = new { n = 1 } };
        var first = await (await (await AgencyAsync()).PostAsJsonAsync("/api/messages/publication", body)).ReadJsonObjectAsync(HttpStatusCode.OK);
        Assert.Empty(first["processInstanceKeys"]!.AsArray());

        var instanceKey = (await Client.StartAsync(id, new { caseNumber = "C-7" }))["processInstanceKey"].Key();
        Assert.Equal("COMPLETED", (await Client.GetObjectAsync($"/api/process-instances/{instanceKey}"))["state"]!.GetValue<string>());

        var again = await (await (await AgencyAsync()).PostAsJsonAsync("/api/messages/publication", body)).ReadJsonObjectAsync(HttpStatusCode.OK);
        Assert.Equal(first["messageKey"].Key(), again["messageKey"].Key());
        Assert.True(again["duplicate"]!.GetValue<bool>());
        var second = (await Client.StartAsync(id, new { caseNumber = "C-7" }))["processInstanceKey"].Key();
        Assert.Equal("ACTIVE", (await Client.GetObjectAsync($"/api/process-instances/{second}"))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Correlation_returns_the_instance_key_or_404_when_nothing_waits_and_does_not_buffer()
    {
        var id = UniqueProcessId("msgcor");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.ReceiveProcess(id, $"{id}.reply")));
        await (await (await AgencyAsync()).PostAsJsonAsync("/api/messages/correlation", new { name = $"{id}.reply", correlationKey = "K-1" }))
            .ReadProblemAsync(HttpStatusCode.NotFound);

        var instanceKey = (await Client.StartAsync(id, new { caseNumber = "K-1" }))["processInstanceKey"].Key();
        Assert.Equal("ACTIVE", (await Client.GetObjectAsync($"/api/process-instances/{instanceKey}"))["state"]!.GetValue<string>());
        var correlated = await (await (await AgencyAsync()).PostAsJsonAsync("/api/messages/correlation", new { name = $"{id}.reply", correlationKey = "K-1" }))
            .ReadJsonObjectAsync(HttpStatusCode.OK);
        Assert.Equal(instanceKey, correlated["processInstanceKey"].Key());
        Assert.Equal("COMPLETED", (await Client.GetObjectAsync($"/api/process-instances/{instanceKey}"))["state"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"correlationKey":"a"}""", "name")]
    [InlineData("""{"name":"x","timeToLive":"one hour"}""", "timeToLive")]
    [InlineData("""{"name":"x","timeToLive":"-PT1H"}""", "timeToLive")]
    [InlineData("""{"name":"x","variables":[1]}""", "variables")]
    [InlineData("""{"name":"x","messageId":5}""", "messageId")]
    public async Task Bad_publication_is_400_naming_the_field(string json, string field)
    {
        var response = await (await AgencyAsync()).PostAsync("/api/messages/publication", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.ToJsonString());
    }
}
