using Bpm.Contracts.V1;

namespace Bpm.AgencySimulator.Agencies;

/// <summary>公示平台: acknowledges every publication, withdrawal and correction.</summary>
public static class DisclosurePlatform
{
    public const string PublicBaseUrl = "https://gs.example.gov.cn/entries/";

    public static DisclosureAcknowledged Acknowledge(ReplyEnvelope e, string entryId, bool withdrawn) => new()
    {
        MessageId = e.MessageId, CaseNumber = e.CaseNumber, SentAt = e.SentAt,
        Sender = e.Sender, Receiver = e.Receiver, InReplyTo = e.InReplyTo,
        EntryId = entryId,
        PublicUrl = withdrawn ? null : PublicBaseUrl + Uri.EscapeDataString(entryId),
        AppliedAt = e.SentAt,
    };
}
