namespace Bpm.Contracts.V1;

/// <summary>涉嫌犯罪案件移送: BPM transfers a case suspected to be a crime to the public security organ.</summary>
public sealed record CrimeTransfer : AgencyMessage
{
    /// <summary>The BPMN message name.</summary>
    public const string MessageName = "crime-transfer.transfer.v1";

    /// <summary>The message travels from BPM to the police.</summary>
    public static MessageDirection Direction => MessageDirection.BpmToAgency;

    /// <summary>移送书文号: the number of the transfer letter (涉嫌犯罪案件移送书).</summary>
    public required string TransferNumber { get; init; }

    /// <summary>涉嫌罪名: the suspected offence, e.g. 生产、销售伪劣产品罪.</summary>
    public required string SuspectedOffence { get; init; }

    /// <summary>涉嫌犯罪事实: a summary of the facts found.</summary>
    public required string FactsSummary { get; init; }

    /// <summary>当事人类别: the kind of party.</summary>
    public required PartyKind PartyKind { get; init; }

    /// <summary>当事人名称: the party's name (not masked).</summary>
    public required string PartyName { get; init; }

    /// <summary>证据材料: the evidence transferred (inspection reports, records, photos); at least one.</summary>
    public required IReadOnlyList<DocumentRef> Evidence { get; init; }

    /// <summary>移送人员: the officer who handles the transfer.</summary>
    public required OfficerRef TransferringOfficer { get; init; }
}
