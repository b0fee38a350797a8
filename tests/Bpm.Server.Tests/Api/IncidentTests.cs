using System.Net;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

public abstract class IncidentTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task A_failing_gateway_raises_an_incident_that_can_be_listed_and_resolved()
    {
        var id = UniqueProcessId("inc");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.GatewayProcess(id)));
        var instanceKey = (await Client.StartAsync(id, new { amount = 5 }))["processInstanceKey"].Key();

        var instance = await Client.GetObjectAsync($"/api/process-instances/{instanceKey}");
        var shown = Assert.Single(instance["incidents"]!.AsArray())!.AsObject();
        shown["incidentKey"].Key();
        Assert.Equal("decide", shown["elementId"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(shown["errorType"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(shown["errorMessage"]!.GetValue<string>()));

        var listed = Assert.Single(await Client.GetItemsAsync($"/api/incidents?processInstanceKey={instanceKey}&state=ACTIVE"))!;
        var incidentKey = listed["incidentKey"].Key();
        Assert.Equal(HttpStatusCode.NoContent, (await Client.PostAsync($"/api/incidents/{incidentKey}/resolution", null)).StatusCode);
        Assert.Contains(await Client.GetItemsAsync($"/api/incidents?processInstanceKey={instanceKey}&state=RESOLVED"),
            i => i!["incidentKey"]!.GetValue<string>() == incidentKey);
    }

    [Fact]
    public async Task List_without_incidents_is_empty()
    {
        Assert.Empty(await Client.GetItemsAsync("/api/incidents?processInstanceKey=987654321987"));
    }

    [Theory]
    [InlineData("state=OPEN")]
    [InlineData("processInstanceKey=abc")]
    public async Task List_with_bad_query_is_400(string query) =>
        await (await Client.GetAsync($"/api/incidents?{query}")).ReadProblemAsync(HttpStatusCode.BadRequest);

    [Fact]
    public async Task Resolve_unknown_is_404_and_non_numeric_is_400()
    {
        await (await Client.PostAsync("/api/incidents/987654321987/resolution", null)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await Client.PostAsync("/api/incidents/abc/resolution", null)).ReadProblemAsync(HttpStatusCode.BadRequest);
    }
}
