namespace Bpm.Contracts.V1;

/// <summary>行政执法监督意见书: the justice bureau orders an agency to correct its enforcement by a deadline.</summary>
public sealed record SupervisionOpinion : AgencyMessage
{
    /// <summary>The BPMN message name.</summary>
    public const string MessageName = "supervision.opinion.v1";

    /// <summary>The message travels from the justice bureau to BPM.</summary>
    public static MessageDirection Direction => MessageDirection.AgencyToBpm;

    /// <summary>意见书文号: the opinion's document number.</summary>
    public required string OpinionNumber { get; init; }

    /// <summary>发现的问题: the findings; at least one.</summary>
    public required IReadOnlyList<string> Findings { get; init; }

    /// <summary>整改要求: the corrections required; at least one.</summary>
    public required IReadOnlyList<string> RequiredCorrections { get; init; }

    /// <summary>整改期限: correct and report by this day, or a 监督决定书 follows.</summary>
    public required DateOnly Deadline { get; init; }

    /// <summary>法律依据: the legal basis, e.g. 《河南省行政执法条例》第四十三条.</summary>
    public string? LegalBasis { get; init; }
}
