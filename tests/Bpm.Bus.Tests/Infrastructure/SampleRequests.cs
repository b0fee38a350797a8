using Bpm.AgencySimulator.Agencies;
using Bpm.Contracts.V1;
using Bpm.Engine.Messaging;

namespace Bpm.Bus.Tests.Infrastructure;

/// <summary>Requests BPM sends to agencies, and a reply an agency sends, for the bus tests.</summary>
public static class SampleRequests
{
    private static readonly OrganisationRef Agency = SimulatedOrganisations.EnforcementAgency;
    private static readonly DateTimeOffset SentAt = new(2025, 10, 13, 9, 30, 0, TimeSpan.FromHours(8));

    private static readonly DocumentRef Decision = new()
    {
        Title = "行政处罚决定书", FileName = "decision.pdf", SizeBytes = 182_344,
        Sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    };

    public static MajorPenaltyFiling Filing(string caseNumber) => new()
    {
        MessageId = Guid.NewGuid(), CaseNumber = caseNumber, SentAt = SentAt,
        Sender = Agency, Receiver = SimulatedOrganisations.JusticeBureau,
        DecisionNumber = "郑市监罚字〔2025〕15号",
        PenaltyKinds = [PenaltyKind.Fine],
        FineAmount = 150_000m,
        PartyKind = PartyKind.LegalPerson,
        PartyName = "郑州某食品有限公司",
        MajorGrounds = [MajorPenaltyGround.LargeFine],
        DecisionDate = new DateOnly(2025, 9, 26),
        Documents = [Decision],
    };

    public static CrimeTransfer Transfer(string caseNumber) => new()
    {
        MessageId = Guid.NewGuid(), CaseNumber = caseNumber, SentAt = SentAt,
        Sender = Agency, Receiver = SimulatedOrganisations.Police,
        TransferNumber = "郑市监移〔2025〕3号",
        SuspectedOffence = "生产、销售伪劣产品罪",
        FactsSummary = "当事人销售伪劣产品，货值金额逾伍万元。",
        PartyKind = PartyKind.LegalPerson,
        PartyName = "郑州某食品有限公司",
        Evidence = [Decision],
        TransferringOfficer = new OfficerRef { Name = "王明", CertificateNumber = "豫A0101234" },
    };

    public static StatisticsReport Statistics(string caseNumber) => new()
    {
        MessageId = Guid.NewGuid(), CaseNumber = caseNumber, SentAt = SentAt,
        Sender = Agency, Receiver = SimulatedOrganisations.DisclosurePlatform,
        Year = 2025, Period = ReportingPeriod.Annual,
        Figures = [new StatisticFigure { IndicatorCode = "CF_AJS", Name = "行政处罚案件数", Value = 1284, Unit = "件" }],
    };

    /// <summary>A justice-bureau acknowledgement as an agency would publish it.</summary>
    public static FilingAcknowledged Acknowledgement(string caseNumber, Guid inReplyTo) => new()
    {
        MessageId = Guid.NewGuid(), CaseNumber = caseNumber, SentAt = SentAt,
        Sender = SimulatedOrganisations.JusticeBureau, Receiver = Agency, InReplyTo = inReplyTo,
        DecisionNumber = "郑市监罚字〔2025〕15号",
        FilingNumber = "郑司备〔2025〕0412号",
        FiledOn = new DateOnly(2025, 10, 15),
    };

    /// <summary>The outbox row the engine would write for this request.</summary>
    public static OutboundMessage Outbound(AgencyMessage message) => new(1, message.MessageId, MessageCatalog.Of(message.GetType()).Name,
        MessageCatalog.Serialize(message), null, DateTimeOffset.UtcNow, 0);
}
