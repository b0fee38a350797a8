namespace Bpm.Contracts.V1;

/// <summary>重大行政处罚备案: BPM files a major penalty decision with the justice bureau.</summary>
public sealed record MajorPenaltyFiling : AgencyMessage
{
    /// <summary>The BPMN message name.</summary>
    public const string MessageName = "major-penalty.filing.v1";

    /// <summary>The message travels from BPM to the justice bureau.</summary>
    public static MessageDirection Direction => MessageDirection.BpmToAgency;

    /// <summary>行政处罚决定书文号: the decision number.</summary>
    public required string DecisionNumber { get; init; }

    /// <summary>处罚种类: the penalty kinds imposed; at least one.</summary>
    public required IReadOnlyList<PenaltyKind> PenaltyKinds { get; init; }

    /// <summary>罚款金额(元): the fine in yuan (not 10,000 yuan); null when no fine.</summary>
    public decimal? FineAmount { get; init; }

    /// <summary>没收金额(元): confiscated gains and property in yuan; null when none.</summary>
    public decimal? ConfiscatedAmount { get; init; }

    /// <summary>当事人类别: the kind of party (the fine threshold depends on it).</summary>
    public required PartyKind PartyKind { get; init; }

    /// <summary>当事人名称: the party's name (not masked: the bureau is a supervisor, not the public).</summary>
    public required string PartyName { get; init; }

    /// <summary>重大情形: why the penalty is major; at least one.</summary>
    public required IReadOnlyList<MajorPenaltyGround> MajorGrounds { get; init; }

    /// <summary>情形说明: explanation, required when a ground is <see cref="MajorPenaltyGround.Other"/>.</summary>
    public string? MajorGroundsExplanation { get; init; }

    /// <summary>决定日期: the decision date; the filing period (default 15 days) runs from it.</summary>
    public required DateOnly DecisionDate { get; init; }

    /// <summary>备案材料: the decision, the legal-review opinion, the collective-discussion minutes and so on.</summary>
    public required IReadOnlyList<DocumentRef> Documents { get; init; }
}
