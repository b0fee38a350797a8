using Bpm.Contracts.V1;

namespace Bpm.Contracts.Tests;

/// <summary>One fully populated example of every contract; docs/messaging.md shows the same values.</summary>
internal static class Samples
{
    private const string CaseNumber = "豫郑市监罚〔2025〕15号";
    private static readonly DateTimeOffset SentAt = new(2025, 10, 13, 9, 30, 0, TimeSpan.FromHours(8));
    private static readonly Guid RequestId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    private static readonly OrganisationRef Agency = new()
    {
        CreditCode = "11410100MB1234567X",
        Name = "郑州市市场监督管理局",
        RegionCode = "410100",
    };

    private static readonly OrganisationRef Platform = new()
    {
        CreditCode = "11410000MB0000001A",
        Name = "河南省行政执法公示平台",
        RegionCode = "410000",
    };

    private static readonly OrganisationRef Bureau = new()
    {
        CreditCode = "11410100MB7654321Y",
        Name = "郑州市司法局",
        RegionCode = "410100",
    };

    private static readonly OrganisationRef Police = new()
    {
        CreditCode = "11410100MB2222222B",
        Name = "郑州市公安局",
        RegionCode = "410100",
    };

    private static readonly DocumentRef Decision = new()
    {
        Title = "行政处罚决定书",
        DocumentNumber = "郑市监罚字〔2025〕15号",
        FileName = "decision.pdf",
        Sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        SizeBytes = 182_344,
        DownloadUrl = "https://bpm.example.gov.cn/api/documents/9f86d081",
    };

    public static AgencyMessage For(Type type) => All.Single(m => m.GetType() == type);

    public static IReadOnlyList<AgencyMessage> All { get; } =
    [
        new DisclosurePublish
        {
            MessageId = Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff"),
            CaseNumber = CaseNumber,
            Sender = Agency,
            Receiver = Platform,
            SentAt = SentAt,
            EntryId = "GS-410100-2025-000123",
            DecisionNumber = "郑市监罚字〔2025〕15号",
            Category = DisclosureCategory.Penalty,
            PartyKind = PartyKind.NaturalPerson,
            PartyName = "张*",
            DecisionSummary = "销售不符合食品安全标准的食品，罚款人民币壹万伍仟元。",
            LegalBasis = "《中华人民共和国食品安全法》第一百二十四条",
            DecisionDate = new DateOnly(2025, 9, 26),
            Agency = Agency,
            PublishedUntil = new DateOnly(2026, 3, 26),
        },
        new DisclosureWithdraw
        {
            MessageId = Guid.Parse("1b4e28ba-2fa1-11d2-883f-0016d3cca427"),
            CaseNumber = CaseNumber,
            Sender = Agency,
            Receiver = Platform,
            SentAt = SentAt,
            EntryId = "GS-410100-2025-000123",
            Reason = DisclosureWithdrawReason.Revoked,
            GroundsDocumentNumber = "郑政复决字〔2025〕88号",
            Remarks = "行政复议决定撤销原处罚决定",
        },
        new DisclosureCorrect
        {
            MessageId = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
            CaseNumber = CaseNumber,
            Sender = Agency,
            Receiver = Platform,
            SentAt = SentAt,
            EntryId = "GS-410100-2025-000123",
            CorrectedFields =
            [
                new FieldCorrection { Field = "decisionDate", OldValue = "2025-09-25", NewValue = "2025-09-26" },
                new FieldCorrection { Field = "legalBasis", NewValue = "《中华人民共和国食品安全法》第一百二十四条第一款" },
            ],
            Reason = "决定日期录入错误",
        },
        new DisclosureAcknowledged
        {
            MessageId = Guid.Parse("a8098c1a-f86e-11da-bd1a-00112444be1e"),
            CaseNumber = CaseNumber,
            Sender = Platform,
            Receiver = Agency,
            SentAt = SentAt.AddHours(1),
            EntryId = "GS-410100-2025-000123",
            InReplyTo = Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff"),
            PublicUrl = "https://gs.example.gov.cn/entries/GS-410100-2025-000123",
            AppliedAt = SentAt.AddMinutes(50),
        },
        new MajorPenaltyFiling
        {
            MessageId = RequestId,
            CaseNumber = CaseNumber,
            Sender = Agency,
            Receiver = Bureau,
            SentAt = SentAt,
            DecisionNumber = "郑市监罚字〔2025〕15号",
            PenaltyKinds = [PenaltyKind.Fine, PenaltyKind.ConfiscationOfIllegalGains],
            FineAmount = 150_000.00m,
            ConfiscatedAmount = 23_456.78m,
            PartyKind = PartyKind.LegalPerson,
            PartyName = "郑州某食品有限公司",
            MajorGrounds = [MajorPenaltyGround.LargeFine],
            MajorGroundsExplanation = null,
            DecisionDate = new DateOnly(2025, 9, 26),
            Documents = [Decision],
        },
        new FilingAcknowledged
        {
            MessageId = Guid.Parse("c9a646d3-9c61-4cb7-bfcd-ee2522c8f633"),
            CaseNumber = CaseNumber,
            Sender = Bureau,
            Receiver = Agency,
            SentAt = SentAt.AddDays(2),
            InReplyTo = RequestId,
            DecisionNumber = "郑市监罚字〔2025〕15号",
            FilingNumber = "郑司备〔2025〕0412号",
            FiledOn = new DateOnly(2025, 10, 15),
        },
        new FilingCorrectionOpinion
        {
            MessageId = Guid.Parse("e4eaaaf2-d142-11e1-b3e4-080027620cdd"),
            CaseNumber = CaseNumber,
            Sender = Bureau,
            Receiver = Agency,
            SentAt = SentAt.AddDays(3),
            InReplyTo = RequestId,
            DecisionNumber = "郑市监罚字〔2025〕15号",
            OpinionNumber = "郑司纠〔2025〕7号",
            OpinionText = "经审查，该处罚决定裁量理由不充分，请于期限内说明或纠正。",
            Items = ["未载明裁量基准条目", "集体讨论记录缺少参会人员签名"],
            ReplyDeadline = new DateOnly(2025, 10, 31),
        },
        new CrimeTransfer
        {
            MessageId = Guid.Parse("5a3b1c7e-0d4f-4e2a-9b8c-7d6e5f4a3b2c"),
            CaseNumber = CaseNumber,
            Sender = Agency,
            Receiver = Police,
            SentAt = SentAt,
            TransferNumber = "郑市监移〔2025〕3号",
            SuspectedOffence = "生产、销售伪劣产品罪",
            FactsSummary = "当事人销售伪劣产品，货值金额逾伍万元。",
            PartyKind = PartyKind.LegalPerson,
            PartyName = "郑州某食品有限公司",
            Evidence = [Decision with { Title = "检验报告", DocumentNumber = null, FileName = "test-report.pdf" }],
            TransferringOfficer = new OfficerRef { Name = "王明", CertificateNumber = "豫A0101234" },
        },
        new TransferAccepted
        {
            MessageId = Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
            CaseNumber = CaseNumber,
            Sender = Police,
            Receiver = Agency,
            SentAt = SentAt.AddDays(3),
            InReplyTo = Guid.Parse("5a3b1c7e-0d4f-4e2a-9b8c-7d6e5f4a3b2c"),
            TransferNumber = "郑市监移〔2025〕3号",
            PoliceCaseNumber = "A4101000000002025100001",
            AcceptedOn = new DateOnly(2025, 10, 16),
        },
        new TransferRefused
        {
            MessageId = Guid.Parse("16fd2706-8baf-433b-82eb-8c7fada847da"),
            CaseNumber = CaseNumber,
            Sender = Police,
            Receiver = Agency,
            SentAt = SentAt.AddDays(3),
            InReplyTo = Guid.Parse("5a3b1c7e-0d4f-4e2a-9b8c-7d6e5f4a3b2c"),
            TransferNumber = "郑市监移〔2025〕3号",
            Reason = "货值金额未达到立案追诉标准",
            RefusedOn = new DateOnly(2025, 10, 16),
        },
        new StatisticsReport
        {
            MessageId = Guid.Parse("886313e1-3b8a-5372-9b90-0c9aee199e5d"),
            CaseNumber = "TJ-410100-2025-A",
            Sender = Agency,
            Receiver = Platform with { Name = "河南省行政执法监督平台" },
            SentAt = new DateTimeOffset(2026, 1, 20, 10, 0, 0, TimeSpan.FromHours(8)),
            Year = 2025,
            Period = ReportingPeriod.Annual,
            Quarter = null,
            Figures =
            [
                new StatisticFigure { IndicatorCode = "CF_AJS", Name = "行政处罚案件数", Value = 1284, Unit = "件" },
                new StatisticFigure { IndicatorCode = "CF_FKJE", Name = "罚没金额", Value = 3_456_789.50m, Unit = "元" },
            ],
        },
        new ComplaintReceived
        {
            MessageId = Guid.Parse("b5f1c3d2-8e4a-4f6b-9c7d-1a2b3c4d5e6f"),
            CaseNumber = "TS-410100-2025-00077",
            Sender = Platform with { Name = "郑州市12345政务服务便民热线" },
            Receiver = Agency,
            SentAt = SentAt,
            ComplainantName = "李*",
            ComplainantContact = "138****5678",
            Content = "执法人员检查时未出示执法证件。",
            Channel = ComplaintChannel.Phone,
            ReceivedAt = SentAt.AddMinutes(-20),
            ConcernedAgency = Agency,
            RelatedCaseNumber = CaseNumber,
        },
        new SupervisionOpinion
        {
            MessageId = Guid.Parse("d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6"),
            CaseNumber = CaseNumber,
            Sender = Bureau,
            Receiver = Agency,
            SentAt = SentAt,
            OpinionNumber = "郑司监意〔2025〕5号",
            Findings = ["现场检查仅一名执法人员在场"],
            RequiredCorrections = ["补正调查程序并报送整改情况"],
            Deadline = new DateOnly(2025, 11, 14),
            LegalBasis = "《河南省行政执法条例》第四十三条",
        },
    ];
}
