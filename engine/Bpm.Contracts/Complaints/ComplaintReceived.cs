namespace Bpm.Contracts.V1;

/// <summary>投诉举报受理: a complaint platform hands a complaint about enforcement to BPM, which starts the complaint process.</summary>
public sealed record ComplaintReceived : AgencyMessage
{
    /// <summary>The BPMN message name.</summary>
    public const string MessageName = "complaint.received.v1";

    /// <summary>The message travels from the complaint platform to BPM.</summary>
    public static MessageDirection Direction => MessageDirection.AgencyToBpm;

    /// <summary>投诉人姓名: the complainant's name, masked (e.g. 李*); null when anonymous.</summary>
    public string? ComplainantName { get; init; }

    /// <summary>联系方式: the complainant's contact, masked (e.g. 138****5678); null when anonymous.</summary>
    public string? ComplainantContact { get; init; }

    /// <summary>投诉内容: what the complaint says.</summary>
    public required string Content { get; init; }

    /// <summary>投诉渠道: how the complaint arrived.</summary>
    public required ComplaintChannel Channel { get; init; }

    /// <summary>受理时间: when the platform received it; the handling limit runs from it.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>被投诉单位: the agency complained about, when named.</summary>
    public OrganisationRef? ConcernedAgency { get; init; }

    /// <summary>关联案件编号: an enforcement case the complaint concerns, when known.</summary>
    public string? RelatedCaseNumber { get; init; }
}
