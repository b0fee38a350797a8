using Bpm.Contracts.V1;

namespace Bpm.AgencySimulator.Agencies;

/// <summary>What each simulated agency answers to a request; null when it keeps the message without a reply
/// (the provincial platform keeps statistics reports: the catalogue has no acknowledgement for them).</summary>
public sealed class ReplyComposer(SimulatorRules rules, TimeProvider clock)
{
    public AgencyMessage? ReplyTo(AgencyMessage request)
    {
        var e = ReplyEnvelope.For(request, clock);
        return request switch
        {
            DisclosurePublish publish => DisclosurePlatform.Acknowledge(e, publish.EntryId, withdrawn: false),
            DisclosureCorrect correct => DisclosurePlatform.Acknowledge(e, correct.EntryId, withdrawn: false),
            DisclosureWithdraw withdraw => DisclosurePlatform.Acknowledge(e, withdraw.EntryId, withdrawn: true),
            MajorPenaltyFiling filing => JusticeBureau.Answer(e, filing, rules.WantsCorrection(filing.CaseNumber)),
            CrimeTransfer transfer => PoliceStation.Answer(e, transfer, rules.Refuses(transfer.CaseNumber)),
            _ => null,
        };
    }
}
