using Bpm.Contracts.V1;

namespace Bpm.AgencySimulator.Agencies;

/// <summary>公安机关: accepts a transferred case, or refuses it (see <see cref="SimulatorRules"/>).</summary>
public static class PoliceStation
{
    public static AgencyMessage Answer(ReplyEnvelope e, CrimeTransfer transfer, bool refuse) => refuse
        ? new TransferRefused
        {
            MessageId = e.MessageId, CaseNumber = e.CaseNumber, SentAt = e.SentAt,
            Sender = e.Sender, Receiver = e.Receiver, InReplyTo = e.InReplyTo,
            TransferNumber = transfer.TransferNumber,
            Reason = "涉案金额未达到立案追诉标准（模拟）",
            RefusedOn = e.Today,
        }
        : new TransferAccepted
        {
            MessageId = e.MessageId, CaseNumber = e.CaseNumber, SentAt = e.SentAt,
            Sender = e.Sender, Receiver = e.Receiver, InReplyTo = e.InReplyTo,
            TransferNumber = transfer.TransferNumber,
            PoliceCaseNumber = $"A410100{e.Today:yyyyMMdd}{JusticeBureau.Serial(e)}",
            AcceptedOn = e.Today,
        };
}
