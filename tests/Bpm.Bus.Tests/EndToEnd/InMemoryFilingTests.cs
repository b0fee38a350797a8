using Bpm.Bus.Tests.Infrastructure;
using Bpm.Contracts.V1;

namespace Bpm.Bus.Tests.EndToEnd;

/// <summary>The embedded default end to end: send task → in-memory bus → simulated justice bureau → reply resumes the instance.</summary>
public sealed class InMemoryFilingTests() : BusHostTests("InMemory", engine: true)
{
    [Fact]
    public async Task A_filing_is_acknowledged_over_the_in_memory_bus()
    {
        const string caseNumber = "豫郑市监罚〔2025〕601号";
        var key = await Host.Client.StartAsync(FilingModels.FilingProcessId, caseNumber, FilingModels.FilingVariables(caseNumber));

        Assert.Equal(1, (await Host.Client.CompletedAsync(key)).Completions("filed"));
        var filing = Assert.Single(await Host.SimulatorMessagesAsync())!;
        Assert.Equal(MajorPenaltyFiling.MessageName, filing["name"]!.GetValue<string>());
        Assert.Equal(FilingAcknowledged.MessageName, filing["reply"]!["name"]!.GetValue<string>());
    }
}
