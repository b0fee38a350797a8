using System.Text.Json.Nodes;
using Bpm.Activities.Disclosure;
using Bpm.Contracts.V1;
using Bpm.Engine.Activities;

namespace Bpm.Activities.Filing;

/// <summary>Element templates (Camunda 8 format, Chinese labels) for the disclosure and filing exchanges: send tasks whose
/// task type is the contract name and whose input mappings fill the contract's fields from the variables that
/// <c>bpm:disclosure-entry</c> and <c>bpm:major-penalty-filing-payload</c> set, and message catch events for the replies
/// (correlation key = the case number). The envelope (messageId, caseNumber, sender, receiver, sentAt) is added by the engine.</summary>
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
        Receive(DisclosureAcknowledged.MessageName, "公示回执", "disclosureAcknowledgement"),
        Receive(FilingAcknowledged.MessageName, "备案回执", "filingAcknowledgement"),
        Receive(FilingCorrectionOpinion.MessageName, "备案审查纠错意见", "filingCorrectionOpinion"),
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
        return Template(messageName, label, description, "bpmn:SendTask", properties, ["bpmn:Task"]);
    }

    private static JsonObject Receive(string messageName, string label, string resultVariable)
    {
        var properties = new JsonArray
        {
            new JsonObject { ["type"] = "Hidden", ["value"] = messageName, ["binding"] = new JsonObject { ["type"] = "bpmn:Message#property", ["name"] = "name" } },
            new JsonObject
            {
                ["id"] = "correlationKey", ["label"] = "关联键（案件编号）", ["group"] = "message", ["type"] = "String", ["feel"] = "required",
                ["value"] = "=caseNumber", ["binding"] = new JsonObject { ["type"] = "bpmn:Message#zeebe:subscription#property", ["name"] = "correlationKey" },
            },
            new JsonObject
            {
                ["id"] = "output.reply", ["label"] = "回复写入的变量", ["group"] = "message", ["type"] = "String", ["value"] = resultVariable,
                ["binding"] = new JsonObject { ["type"] = "zeebe:output", ["source"] = "=messageId" },
            },
        };
        var template = Template(messageName, label, $"等待 {label}（{messageName}），按案件编号关联。", "bpmn:IntermediateCatchEvent", properties,
            ["bpmn:IntermediateCatchEvent", "bpmn:IntermediateThrowEvent"]);
        template["elementType"]!["eventDefinition"] = "bpmn:MessageEventDefinition";
        return template;
    }

    private static JsonObject Template(string messageName, string label, string description, string elementType, JsonArray properties,
        string[] appliesTo) => new()
    {
        ["$schema"] = ElementTemplateGenerator.SchemaUri,
        ["name"] = label,
        ["id"] = IdPrefix + messageName,
        ["version"] = 1,
        ["description"] = description,
        ["category"] = new JsonObject { ["id"] = "bpm.category." + DisclosureActivities.Category, ["name"] = DisclosureActivities.Category },
        ["appliesTo"] = new JsonArray(appliesTo.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray()),
        ["elementType"] = new JsonObject { ["value"] = elementType },
        ["groups"] = new JsonArray(new JsonObject { ["id"] = "message", ["label"] = "报文" }),
        ["properties"] = properties,
    };
}
