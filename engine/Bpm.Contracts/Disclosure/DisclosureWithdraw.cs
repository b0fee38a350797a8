namespace Bpm.Contracts.V1;

/// <summary>公示撤回: BPM asks the disclosure platform to withdraw a published entry.</summary>
public sealed record DisclosureWithdraw : AgencyMessage
{
    /// <summary>The BPMN message name.</summary>
    public const string MessageName = "disclosure.withdraw.v1";

    /// <summary>The message travels from BPM to the disclosure platform.</summary>
    public static MessageDirection Direction => MessageDirection.BpmToAgency;

    /// <summary>公示条目编号: the entry to withdraw (the <see cref="DisclosurePublish.EntryId"/> of the original).</summary>
    public required string EntryId { get; init; }

    /// <summary>撤回原因: revoked, changed or confirmed illegal.</summary>
    public required DisclosureWithdrawReason Reason { get; init; }

    /// <summary>依据文书号: the number of the document that revoked, changed or found the decision illegal.</summary>
    public string? GroundsDocumentNumber { get; init; }

    /// <summary>说明: free-text explanation.</summary>
    public string? Remarks { get; init; }
}
