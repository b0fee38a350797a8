namespace Bpm.Contracts.V1;

/// <summary>公示回执: the disclosure platform confirms a publication, withdrawal or correction.</summary>
public sealed record DisclosureAcknowledged : AgencyMessage
{
    /// <summary>The BPMN message name.</summary>
    public const string MessageName = "disclosure.acknowledged.v1";

    /// <summary>The message travels from the disclosure platform to BPM.</summary>
    public static MessageDirection Direction => MessageDirection.AgencyToBpm;

    /// <summary>公示条目编号: the entry the acknowledgement is about.</summary>
    public required string EntryId { get; init; }

    /// <summary>The message id of the request being acknowledged.</summary>
    public required Guid InReplyTo { get; init; }

    /// <summary>公示网址: where the public reads the entry; null after a withdrawal.</summary>
    public string? PublicUrl { get; init; }

    /// <summary>处理时间: when the platform applied the change.</summary>
    public required DateTimeOffset AppliedAt { get; init; }
}
