using System.Text.Json.Nodes;
using Bpm.Activities.Documents.Templates;
using Bpm.Activities.Filing;
using Bpm.Contracts.V1;

namespace Bpm.Engine.Tests.Activities.Filing;

/// <summary>Builds a message body the way a send task does from a template's input mappings (simple <c>=a.b</c> paths),
/// adds an envelope and reads it as the contract.</summary>
internal static class TemplateBody
{
    public static AgencyMessage Send(string messageName, JsonObject variables)
    {
        var template = AgencyMessageTemplates.All().OfType<JsonObject>().Single(t => (string?)t["id"] == AgencyMessageTemplates.IdPrefix + messageName);
        var body = new JsonObject
        {
            ["messageId"] = Guid.NewGuid().ToString(),
            ["caseNumber"] = "豫郑市监立〔2026〕0042号",
            ["sender"] = new JsonObject { ["creditCode"] = "11410100MB1234567X", ["name"] = "郑州市市场监督管理局" },
            ["receiver"] = new JsonObject { ["creditCode"] = "11410100MB7654321Y", ["name"] = "郑州市司法局" },
            ["sentAt"] = "2026-11-22T09:00:00+08:00",
        };
        foreach (var property in template["properties"]!.AsArray().OfType<JsonObject>())
        {
            if ((string?)property["binding"]!["type"] != "zeebe:input") continue;
            var path = ((string)property["value"]!)[1..];
            body[(string)property["binding"]!["name"]!] = TemplateText.Resolve(variables, path)?.DeepClone();
        }
        return MessageCatalog.Deserialize(MessageCatalog.Find(messageName)!, body.ToJsonString());
    }
}
