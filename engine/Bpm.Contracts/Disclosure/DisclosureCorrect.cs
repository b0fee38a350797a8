namespace Bpm.Contracts.V1;

/// <summary>公示更正: BPM asks the disclosure platform to correct a wrong entry.</summary>
public sealed record DisclosureCorrect : AgencyMessage
{
    /// <summary>The BPMN message name.</summary>
    public const string MessageName = "disclosure.correct.v1";

    /// <summary>The message travels from BPM to the disclosure platform.</summary>
    public static MessageDirection Direction => MessageDirection.BpmToAgency;

    /// <summary>公示条目编号: the entry to correct.</summary>
    public required string EntryId { get; init; }

    /// <summary>更正项: the corrected fields; at least one.</summary>
    public required IReadOnlyList<FieldCorrection> CorrectedFields { get; init; }

    /// <summary>更正原因: why the entry is corrected.</summary>
    public string? Reason { get; init; }
}
