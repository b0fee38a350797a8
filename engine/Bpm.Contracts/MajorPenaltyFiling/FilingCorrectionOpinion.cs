namespace Bpm.Contracts.V1;

/// <summary>备案审查纠错意见: the justice bureau finds problems in a filed major penalty; the agency must answer by the deadline.</summary>
public sealed record FilingCorrectionOpinion : AgencyMessage
{
    /// <summary>The BPMN message name.</summary>
    public const string MessageName = "major-penalty.correction-opinion.v1";

    /// <summary>The message travels from the justice bureau to BPM.</summary>
    public static MessageDirection Direction => MessageDirection.AgencyToBpm;

    /// <summary>The message id of the <see cref="MajorPenaltyFiling"/> the opinion is about.</summary>
    public required Guid InReplyTo { get; init; }

    /// <summary>行政处罚决定书文号: the decision number filed.</summary>
    public required string DecisionNumber { get; init; }

    /// <summary>意见书文号: the opinion's document number.</summary>
    public required string OpinionNumber { get; init; }

    /// <summary>审查意见: the opinion text.</summary>
    public required string OpinionText { get; init; }

    /// <summary>问题清单: the individual problems to correct; at least one.</summary>
    public required IReadOnlyList<string> Items { get; init; }

    /// <summary>答复期限: the last day for the agency's reply.</summary>
    public required DateOnly ReplyDeadline { get; init; }
}
