using Bpm.Contracts.V1;

namespace Bpm.AgencySimulator.Agencies;

/// <summary>司法局: files a major penalty, or returns a correction opinion (see <see cref="SimulatorRules"/>).</summary>
public static class JusticeBureau
{
    public const int ReplyDays = 15;

    public static AgencyMessage Answer(ReplyEnvelope e, MajorPenaltyFiling filing, bool correction) => correction
        ? new FilingCorrectionOpinion
        {
            MessageId = e.MessageId, CaseNumber = e.CaseNumber, SentAt = e.SentAt,
            Sender = e.Sender, Receiver = e.Receiver, InReplyTo = e.InReplyTo,
            DecisionNumber = filing.DecisionNumber,
            OpinionNumber = $"郑司纠〔{e.Today.Year}〕{Serial(e)}号",
            OpinionText = "经审查，该处罚决定裁量理由不充分，请于期限内说明或纠正。（模拟）",
            Items = ["未载明裁量基准条目"],
            ReplyDeadline = e.Today.AddDays(ReplyDays),
        }
        : new FilingAcknowledged
        {
            MessageId = e.MessageId, CaseNumber = e.CaseNumber, SentAt = e.SentAt,
            Sender = e.Sender, Receiver = e.Receiver, InReplyTo = e.InReplyTo,
            DecisionNumber = filing.DecisionNumber,
            FilingNumber = $"郑司备〔{e.Today.Year}〕{Serial(e)}号",
            FiledOn = e.Today,
        };

    internal static string Serial(ReplyEnvelope e) => e.MessageId.ToString("N")[..6].ToUpperInvariant();
}
