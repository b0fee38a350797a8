using System.Text.Json.Nodes;
using Bpm.Activities.Messages;
using Bpm.Contracts.V1;

namespace Bpm.Activities.Filing;

/// <summary>Element templates (Camunda 8 format, Chinese labels) for the agency contracts: send tasks of the disclosure
/// and filing exchanges, whose task type is the contract name and whose input mappings fill the contract's fields from
/// the variables that <c>bpm:disclosure-entry</c> and <c>bpm:major-penalty-filing-payload</c> set; message catch events
/// for the replies (correlation key = the case number; the reply's fields as outputs); message start events for the
/// contracts that open a case (complaints, supervision opinions). The envelope (messageId, caseNumber, sender, receiver,
/// sentAt) is added by the engine. Messages without a contract: <see cref="ApiMessageTemplates"/>.</summary>
public static class AgencyMessageTemplates
{
    public const string IdPrefix = "bpm.message.";

    public static JsonArray All() =>
    [
        Send(DisclosurePublish.MessageName, "公示发布", "将 bpm:disclosure-entry 生成的公示信息发送至公示平台（决定作出之日起 7 个工作日内）。",
            ("entryId", "公示条目编号", "=disclosureEntry.entryId"), ("decisionNumber", "决定书文号", "=disclosureEntry.decisionNumber"),
            ("category", "公示类别", "=disclosureEntry.category"), ("partyKind", "当事人类别", "=disclosureEntry.partyKind"),
            ("partyName", "当事人名称（已脱敏）", "=disclosureEntry.partyName"), ("partyCreditCode", "统一社会信用代码", "=disclosureEntry.partyCreditCode"),
            ("decisionSummary", "决定内容摘要（已脱敏）", "=disclosureEntry.decisionSummary"), ("legalBasis", "法律依据", "=disclosureEntry.legalBasis"),
            ("decisionDate", "决定日期", "=disclosureEntry.decisionDate"), ("agency", "执法机关", "=disclosureEntry.agency"),
            ("publishedUntil", "公示截止日期", "=disclosureEntry.publishedUntil")),
        Send(DisclosureWithdraw.MessageName, "公示撤回", "决定被撤销、变更或确认违法后 3 个工作日内撤回公示。",
            ("entryId", "公示条目编号", "=disclosureEntry.entryId"), ("reason", "撤回原因（Revoked/Changed/ConfirmedIllegal）", "=withdrawal.reason"),
            ("groundsDocumentNumber", "依据文书号", "=withdrawal.groundsDocumentNumber"), ("remarks", "说明", "=withdrawal.remarks")),
        Send(DisclosureCorrect.MessageName, "公示更正", "更正已公示的错误信息。",
            ("entryId", "公示条目编号", "=disclosureEntry.entryId"),
            ("correctedFields", "更正项 [{field, oldValue, newValue}]", "=correction.fields"), ("reason", "更正原因", "=correction.reason")),
        Send(MajorPenaltyFiling.MessageName, "重大行政处罚备案", "将 bpm:major-penalty-filing-payload 生成的备案材料报送司法局（默认 15 日内）。",
            ("decisionNumber", "决定书文号", "=majorPenaltyFiling.decisionNumber"), ("penaltyKinds", "处罚种类", "=majorPenaltyFiling.penaltyKinds"),
            ("fineAmount", "罚款金额（元）", "=majorPenaltyFiling.fineAmount"), ("confiscatedAmount", "没收金额（元）", "=majorPenaltyFiling.confiscatedAmount"),
            ("partyKind", "当事人类别", "=majorPenaltyFiling.partyKind"), ("partyName", "当事人名称", "=majorPenaltyFiling.partyName"),
            ("majorGrounds", "重大情形", "=majorPenaltyFiling.majorGrounds"),
            ("majorGroundsExplanation", "情形说明", "=majorPenaltyFiling.majorGroundsExplanation"),
            ("decisionDate", "决定日期", "=majorPenaltyFiling.decisionDate"), ("documents", "备案文书", "=majorPenaltyFiling.documents")),
        MessageTemplate.CatchEvent(DisclosureAcknowledged.MessageName, "公示回执", "disclosureAcknowledgement",
            new ReplyField("=publicUrl", "publicUrl", "公示网址"), new ReplyField("=appliedAt", "publishedAt", "平台处理时间")),
        MessageTemplate.CatchEvent(FilingAcknowledged.MessageName, "备案回执", "filingAcknowledgement",
            new ReplyField("=filingNumber", "filingNumber", "备案号"), new ReplyField("=filedOn", "filedOn", "备案日期")),
        MessageTemplate.CatchEvent(FilingCorrectionOpinion.MessageName, "备案审查纠错意见", "filingCorrectionOpinion",
            new ReplyField("=opinionNumber", "opinionNumber", "意见书文号"), new ReplyField("=opinionText", "opinionText", "审查意见"),
            new ReplyField("=items", "correctionItems", "问题清单"), new ReplyField("=replyDeadline", "replyDeadline", "答复期限")),
        MessageTemplate.CatchEvent(TransferAccepted.MessageName, "公安机关立案", null,
            new ReplyField("=policeCaseNumber", "policeCaseNumber", "公安立案号"), new ReplyField("=acceptedOn", "transferAcceptedOn", "立案日期")),
        MessageTemplate.CatchEvent(TransferRefused.MessageName, "公安机关不予立案", null,
            new ReplyField("=reason", "transferRefusalReason", "不予立案理由"), new ReplyField("=refusedOn", "transferRefusedOn", "决定日期")),
        MessageTemplate.StartEvent(ComplaintReceived.MessageName, "收到投诉举报"),
        MessageTemplate.StartEvent(SupervisionOpinion.MessageName, "收到行政执法监督意见书"),
    ];

    private static JsonObject Send(string messageName, string label, string description, params (string Field, string Label, string Source)[] fields)
    {
        var properties = new JsonArray
        {
            new JsonObject { ["type"] = "Hidden", ["value"] = messageName, ["binding"] = new JsonObject { ["type"] = "zeebe:taskDefinition", ["property"] = "type" } },
        };
        foreach (var (field, fieldLabel, source) in fields)
            properties.Add(new JsonObject
            {
                ["id"] = "input." + field, ["label"] = fieldLabel, ["group"] = "message", ["type"] = "String", ["feel"] = "required",
                ["value"] = source, ["binding"] = new JsonObject { ["type"] = "zeebe:input", ["name"] = field },
            });
        return MessageTemplate.Create(messageName, label, description, "bpmn:SendTask", properties, ["bpmn:Task"]);
    }
}
