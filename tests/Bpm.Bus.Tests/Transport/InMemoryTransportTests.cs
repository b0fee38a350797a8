using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Bus.Tests.Infrastructure;
using Bpm.Contracts.V1;

namespace Bpm.Bus.Tests.Transport;

/// <summary>The embedded default: the in-memory transport carries requests to the simulator and replies back, and has no
/// durable error queue to browse.</summary>
public sealed class InMemoryTransportTests() : BusHostTests("InMemory")
{
    [Fact]
    public async Task A_filing_gets_its_correction_opinion_over_the_in_memory_bus()
    {
        var filing = SampleRequests.Filing("豫郑市监罚〔2025〕301号-C");
        await Host.Transport.SendAsync(SampleRequests.Outbound(filing), CancellationToken.None);

        var reply = await Host.ReplyReceivedAsync(filing.MessageId);
        Assert.Equal(FilingCorrectionOpinion.MessageName, reply.Name);
        Assert.Equal(filing.CaseNumber, reply.CorrelationKey);
    }

    [Fact]
    public async Task The_error_queue_endpoints_answer_409_on_the_in_memory_transport()
    {
        var list = await Host.Client.GetAsync("/api/bus/errors");
        Assert.Equal(HttpStatusCode.Conflict, list.StatusCode);
        Assert.Equal("application/problem+json", list.Content.Headers.ContentType?.MediaType);
        Assert.Contains("in-memory", (await list.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, (await Host.Client.PostAsync("/api/bus/errors/replay", null)).StatusCode);
    }

    [Fact]
    public async Task Injected_complaints_and_supervision_opinions_reach_the_engine()
    {
        var complaint = await Host.Client.PostAsJsonAsync("/api/agency-simulator/complaints",
            new { caseNumber = "TS-410100-2025-00077", content = "执法人员检查时未出示执法证件。" });
        Assert.Equal(HttpStatusCode.Accepted, complaint.StatusCode);
        var opinion = await Host.Client.PostAsJsonAsync("/api/agency-simulator/supervision-opinions",
            new { caseNumber = "豫郑市监罚〔2025〕302号", deadlineDays = 10 });
        Assert.Equal(HttpStatusCode.Accepted, opinion.StatusCode);

        await Eventually.WaitAsync(() => Host.Correlator.Received.Count == 2, "both messages");
        Assert.Contains(Host.Correlator.Received, m => m.Name == ComplaintReceived.MessageName && m.CorrelationKey == "TS-410100-2025-00077");
        Assert.Contains(Host.Correlator.Received, m => m.Name == SupervisionOpinion.MessageName && m.CorrelationKey == "豫郑市监罚〔2025〕302号");
        var missing = await Host.Client.PostAsJsonAsync("/api/agency-simulator/complaints", new { caseNumber = "TS-1" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }
}
