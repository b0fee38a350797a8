using System.Text.Json.Nodes;
using Bpm.Activities.Disclosure;
using Bpm.Activities.Filing;
using Bpm.Engine.Activities;

namespace Bpm.Activities.Messages;

/// <summary>Builds the element templates (Camunda 8 format, Chinese labels) of agency messages: send tasks, and message
/// events that wait for a reply (intermediate catch events correlated by the case number, message start events that
/// start a case). The message name is a hidden binding, so a bound event keeps the name the receiving side publishes.</summary>
internal static class MessageTemplate
{
    public static JsonObject CatchEvent(string messageName, string label, string? resultVariable, params ReplyField[] fields)
    {
        var properties = new JsonArray
        {
            MessageNameProperty(messageName),
            new JsonObject
            {
                ["id"] = "correlationKey", ["label"] = "关联键（案件编号）", ["group"] = "message", ["type"] = "String", ["feel"] = "required",
                ["value"] = "=caseNumber", ["binding"] = new JsonObject { ["type"] = "bpmn:Message#zeebe:subscription#property", ["name"] = "correlationKey" },
            },
        };
        if (resultVariable is not null)
            properties.Add(new JsonObject
            {
                ["id"] = "output.reply", ["label"] = "回复写入的变量", ["group"] = "message", ["type"] = "String", ["value"] = resultVariable,
                ["binding"] = new JsonObject { ["type"] = "zeebe:output", ["source"] = "=messageId" },
            });
        AddFields(properties, fields);
        var template = Create(messageName, label, $"等待 {label}（{messageName}），按案件编号关联。", "bpmn:IntermediateCatchEvent", properties,
            ["bpmn:IntermediateCatchEvent", "bpmn:IntermediateThrowEvent"]);
        template["elementType"]!["eventDefinition"] = "bpmn:MessageEventDefinition";
        return template;
    }

    public static JsonObject StartEvent(string messageName, string label, params ReplyField[] fields)
    {
        var properties = new JsonArray { MessageNameProperty(messageName) };
        AddFields(properties, fields);
        var template = Create(messageName, label, $"收到 {label}（{messageName}）时开始一个案件。", "bpmn:StartEvent", properties, ["bpmn:StartEvent"]);
        template["elementType"]!["eventDefinition"] = "bpmn:MessageEventDefinition";
        return template;
    }

    public static JsonObject Create(string messageName, string label, string description, string elementType, JsonArray properties,
        string[] appliesTo) => new()
    {
        ["$schema"] = ElementTemplateGenerator.SchemaUri,
        ["name"] = label,
        ["id"] = AgencyMessageTemplates.IdPrefix + messageName,
        ["version"] = 1,
        ["description"] = description,
        ["category"] = new JsonObject { ["id"] = "bpm.category." + DisclosureActivities.Category, ["name"] = DisclosureActivities.Category },
        ["appliesTo"] = new JsonArray(appliesTo.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray()),
        ["elementType"] = new JsonObject { ["value"] = elementType },
        ["groups"] = new JsonArray(new JsonObject { ["id"] = "message", ["label"] = "报文" }),
        ["properties"] = properties,
    };

    private static JsonObject MessageNameProperty(string messageName) =>
        new() { ["type"] = "Hidden", ["value"] = messageName, ["binding"] = new JsonObject { ["type"] = "bpmn:Message#property", ["name"] = "name" } };

    private static void AddFields(JsonArray properties, ReplyField[] fields)
    {
        foreach (var field in fields)
            properties.Add(new JsonObject
            {
                ["id"] = "output." + field.Source.TrimStart('='), ["label"] = field.Label, ["group"] = "message", ["type"] = "String",
                ["value"] = field.Target, ["binding"] = new JsonObject { ["type"] = "zeebe:output", ["source"] = field.Source },
            });
    }
}
