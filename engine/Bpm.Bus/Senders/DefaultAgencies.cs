namespace Bpm.Bus.Senders;

/// <summary>The agencies of the message catalogue (docs/messaging.md) when <c>Bpm:Agencies</c> configures none: their
/// credit codes are those the engine addresses them with by default (<c>Bpm:Engine:MessageReceivers</c>; the simulator
/// answers as the receiver of the request) and those of the contract examples and the simulator's own messages; the
/// organisation units those of the demo seed.</summary>
public static class DefaultAgencies
{
    public static IReadOnlyList<AgencySender> All =>
    [
        new()
        {
            Name = "河南省行政执法公示平台", OrganisationId = "410000-GSPT", CreditCodes = ["11410000MB0000001D", "11410000MB0000001A"],
            Messages = ["disclosure.acknowledged.v1"],
        },
        new()
        {
            Name = "郑州市司法局", OrganisationId = "410100-SFJ", CreditCodes = ["11410100MB0000002S", "11410100MB7654321Y"],
            Messages = ["major-penalty.acknowledged.v1", "major-penalty.correction-opinion.v1", "supervision.opinion.v1"],
        },
        new()
        {
            Name = "郑州市公安局", OrganisationId = "410100-GAJ", CreditCodes = ["11410100MB0000003G", "11410100MB2222222B"],
            Messages = ["crime-transfer.accepted.v1", "crime-transfer.refused.v1"],
        },
        new()
        {
            Name = "郑州市12345政务服务便民热线", OrganisationId = "410100-12345", CreditCodes = ["11410000MB0000012C"],
            Messages = ["complaint.received.v1"],
        },
    ];
}
