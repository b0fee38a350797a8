namespace Bpm.Contracts.V1;

/// <summary>备案回执: the justice bureau accepts a major-penalty filing without objection.</summary>
public sealed record FilingAcknowledged : AgencyMessage
{
    /// <summary>The BPMN message name.</summary>
    public const string MessageName = "major-penalty.acknowledged.v1";

    /// <summary>The message travels from the justice bureau to BPM.</summary>
    public static MessageDirection Direction => MessageDirection.AgencyToBpm;

    /// <summary>The message id of the <see cref="MajorPenaltyFiling"/> being acknowledged.</summary>
    public required Guid InReplyTo { get; init; }

    /// <summary>行政处罚决定书文号: the decision number filed.</summary>
    public required string DecisionNumber { get; init; }

    /// <summary>备案号: the bureau's filing number.</summary>
    public required string FilingNumber { get; init; }

    /// <summary>备案日期: the date the bureau registered the filing.</summary>
    public required DateOnly FiledOn { get; init; }
}
