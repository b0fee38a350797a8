using Bpm.AgencySimulator.Agencies;
using Bpm.Bus.Tests.Infrastructure;
using Bpm.Contracts.V1;

namespace Bpm.Bus.Tests.Transport;

/// <summary>Requests travel through RabbitMQ to the simulated agencies; their replies come back to the engine's consumer.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class RabbitMqRoundTripTests() : BusHostTests("RabbitMq")
{
    [RabbitMqFact]
    public async Task A_filing_reaches_the_justice_bureau_and_its_acknowledgement_reaches_the_correlator()
    {
        var filing = SampleRequests.Filing("豫郑市监罚〔2025〕101号");
        await Host.Transport.SendAsync(SampleRequests.Outbound(filing), CancellationToken.None);

        var reply = await Host.ReplyReceivedAsync(filing.MessageId);
        Assert.Equal(FilingAcknowledged.MessageName, reply.Name);
        Assert.Equal(filing.CaseNumber, reply.CorrelationKey);
        Assert.Equal(SimulatedOrganisations.JusticeBureau.CreditCode, reply.Source);
        Assert.Equal(filing.DecisionNumber, reply.Variables["decisionNumber"]!.GetValue<string>());

        var entry = await Host.SimulatorEntryAsync(filing.MessageId, e => e["reply"]?["sent"]?.GetValue<bool>() == true);
        Assert.Equal(MajorPenaltyFiling.MessageName, entry["name"]!.GetValue<string>());
        Assert.Equal(filing.CaseNumber, entry["caseNumber"]!.GetValue<string>());
        Assert.Equal("郑州某食品有限公司", entry["body"]!["partyName"]!.GetValue<string>());
        Assert.Equal(reply.MessageId, entry["reply"]!["messageId"]!.GetValue<Guid>());
        Assert.Equal(filing.MessageId, entry["reply"]!["body"]!["inReplyTo"]!.GetValue<Guid>());
    }

    [RabbitMqFact]
    public async Task The_documented_case_number_rules_choose_the_unfavourable_answers()
    {
        var corrected = SampleRequests.Filing("豫郑市监罚〔2025〕102号-C");
        var refused = SampleRequests.Transfer("豫郑市监罚〔2025〕103号-R");
        var accepted = SampleRequests.Transfer("豫郑市监罚〔2025〕104号");
        foreach (var request in new AgencyMessage[] { corrected, refused, accepted })
            await Host.Transport.SendAsync(SampleRequests.Outbound(request), CancellationToken.None);

        Assert.Equal(FilingCorrectionOpinion.MessageName, (await Host.ReplyReceivedAsync(corrected.MessageId)).Name);
        Assert.Equal(TransferRefused.MessageName, (await Host.ReplyReceivedAsync(refused.MessageId)).Name);
        Assert.Equal(TransferAccepted.MessageName, (await Host.ReplyReceivedAsync(accepted.MessageId)).Name);
    }

    [RabbitMqFact]
    public async Task A_statistics_report_is_kept_without_a_reply()
    {
        var report = SampleRequests.Statistics("TJ-410100-2025-A");
        await Host.Transport.SendAsync(SampleRequests.Outbound(report), CancellationToken.None);

        var entry = await Host.SimulatorEntryAsync(report.MessageId);
        Assert.Equal(StatisticsReport.MessageName, entry["name"]!.GetValue<string>());
        Assert.Null(entry["reply"]);
    }

    [RabbitMqFact]
    public async Task A_redelivered_request_is_recorded_once_and_answered_once()
    {
        var filing = SampleRequests.Filing("豫郑市监罚〔2025〕105号");
        var outbound = SampleRequests.Outbound(filing);
        await Host.Transport.SendAsync(outbound, CancellationToken.None);
        await Host.ReplyReceivedAsync(filing.MessageId);
        await Host.Transport.SendAsync(outbound with { Attempts = 1 }, CancellationToken.None);

        await Host.SimulatorEntryAsync(filing.MessageId, e => e["deliveries"]!.GetValue<int>() == 2);
        var entries = (await Host.SimulatorMessagesAsync()).Where(m => m!["messageId"]!.GetValue<Guid>() == filing.MessageId);
        Assert.Single(entries);
        Assert.Single(Host.Correlator.Received, m => m.Variables["inReplyTo"]!.GetValue<Guid>() == filing.MessageId);
    }
}
