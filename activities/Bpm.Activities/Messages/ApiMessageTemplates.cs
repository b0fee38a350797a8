using System.Text.Json.Nodes;

namespace Bpm.Activities.Messages;

/// <summary>Element templates of the message catch events that wait for messages without an agency contract on the bus,
/// published to BPM through the HTTP API (<c>/api/messages/publication</c>, by the payment platform, the licensing window
/// or the review body): the payment of a fine, corrected licence materials, a revoked decision, a disclosure correction
/// request. Correlated by the case number; the message's fields as outputs, written to the variables the shipped
/// workflows read.</summary>
public static class ApiMessageTemplates
{
    public const string FinePaid = "penalty.fine-paid";
    public const string LicenseMaterialsCorrected = "license.materials-corrected";
    public const string DecisionRevoked = "disclosure.decision-revoked";
    public const string CorrectionRequested = "disclosure.correction-requested";

    public static JsonArray All() =>
    [
        MessageTemplate.CatchEvent(FinePaid, "罚款已缴纳", null,
            new ReplyField("=paidOn", "paidOn", "缴款日期"), new ReplyField("=paidAmount", "paidAmount", "缴款金额（元）")),
        MessageTemplate.CatchEvent(LicenseMaterialsCorrected, "收到补正材料", null,
            new ReplyField("=correctedOn", "correctedOn", "补正日期"), new ReplyField("=correctedMaterials", "correctedMaterials", "补正材料")),
        MessageTemplate.CatchEvent(DecisionRevoked, "决定被撤销、变更或确认违法", null,
            new ReplyField("=withdrawReason", "withdrawReason", "撤回原因（Revoked/Changed/ConfirmedIllegal）"),
            new ReplyField("=groundsDocumentNumber", "groundsDocumentNumber", "依据文书号")),
        MessageTemplate.CatchEvent(CorrectionRequested, "收到更正申请", null,
            new ReplyField("=correctionReason", "correctionReason", "更正原因")),
    ];
}
