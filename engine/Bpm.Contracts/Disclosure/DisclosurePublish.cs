namespace Bpm.Contracts.V1;

/// <summary>公示发布: BPM asks the disclosure platform to publish an enforcement decision.</summary>
public sealed record DisclosurePublish : AgencyMessage
{
    /// <summary>The BPMN message name.</summary>
    public const string MessageName = "disclosure.publish.v1";

    /// <summary>The message travels from BPM to the disclosure platform.</summary>
    public static MessageDirection Direction => MessageDirection.BpmToAgency;

    /// <summary>公示条目编号: the entry id BPM assigns; withdrawals and corrections refer to it.</summary>
    public required string EntryId { get; init; }

    /// <summary>决定文书号: the decision document number.</summary>
    public required string DecisionNumber { get; init; }

    /// <summary>公示类别: 许可, 处罚 or 其他.</summary>
    public required DisclosureCategory Category { get; init; }

    /// <summary>当事人类别: the kind of party.</summary>
    public required PartyKind PartyKind { get; init; }

    /// <summary>当事人名称: the party's name, already masked when the party is a natural person (e.g. 张*).</summary>
    public required string PartyName { get; init; }

    /// <summary>统一社会信用代码: the party's credit code; omitted for natural persons.</summary>
    public string? PartyCreditCode { get; init; }

    /// <summary>决定内容摘要: the facts and the result of the decision, masked.</summary>
    public required string DecisionSummary { get; init; }

    /// <summary>法律依据: the legal basis (statute and article).</summary>
    public required string LegalBasis { get; init; }

    /// <summary>决定日期: the decision date.</summary>
    public required DateOnly DecisionDate { get; init; }

    /// <summary>执法机关: the agency that made the decision.</summary>
    public required OrganisationRef Agency { get; init; }

    /// <summary>公示截止期: the last day of publication; null when the platform's default applies.</summary>
    public DateOnly? PublishedUntil { get; init; }
}
