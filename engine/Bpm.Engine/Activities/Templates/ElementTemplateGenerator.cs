using System.Globalization;
using System.Text.Json.Nodes;

namespace Bpm.Engine.Activities;

/// <summary>Camunda 8 (zeebe) element templates for activities, so the stock bpmn-js element-templates plugin and
/// Camunda Modeler offer each activity as a configured service task.</summary>
public static class ElementTemplateGenerator
{
    public const string SchemaUri = "https://unpkg.com/@camunda/zeebe-element-templates-json-schema/resources/schema.json";
    public const string TemplateIdPrefix = "bpm.activity.";
    public const string InputGroup = "input";
    public const string OutputGroup = "output";
    public const string RetriesGroup = "retries";
    public const string DefaultRetries = "3";

    /// <summary>The template file content for every activity in the registry: a JSON array.</summary>
    public static JsonArray Generate(IActivityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return Generate(registry.All);
    }

    public static JsonArray Generate(IEnumerable<ActivityDescriptor> descriptors) =>
        new(descriptors.Select(d => (JsonNode?)Generate(d)).ToArray());

    public static JsonObject Generate(ActivityDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var template = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["name"] = descriptor.DisplayName,
            ["id"] = TemplateIdPrefix + descriptor.Type,
            ["version"] = 1,
        };
        if (!string.IsNullOrEmpty(descriptor.Description)) template["description"] = descriptor.Description;
        template["category"] = new JsonObject { ["id"] = "bpm.category." + descriptor.Category, ["name"] = descriptor.Category };
        if (!string.IsNullOrEmpty(descriptor.Icon)) template["icon"] = new JsonObject { ["contents"] = descriptor.Icon };
        template["appliesTo"] = new JsonArray("bpmn:Task");
        template["elementType"] = new JsonObject { ["value"] = "bpmn:ServiceTask" };
        // Shows the stock groups too (the input mappings beyond the template's fields); the schema's only way to do that.
        if (descriptor.ReadsOtherVariables) template["entriesVisible"] = true;
        template["groups"] = Groups(descriptor);
        template["properties"] = Properties(descriptor);
        return template;
    }

    private static JsonArray Groups(ActivityDescriptor descriptor)
    {
        var groups = new JsonArray();
        if (descriptor.Inputs.Count > 0) groups.Add(Group(InputGroup, "输入"));
        if (descriptor.Outputs.Count > 0) groups.Add(Group(OutputGroup, "输出"));
        groups.Add(Group(RetriesGroup, "重试"));
        return groups;
    }

    private static JsonObject Group(string id, string label) => new() { ["id"] = id, ["label"] = label };

    private static JsonArray Properties(ActivityDescriptor descriptor)
    {
        var properties = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "Hidden",
                ["value"] = descriptor.Type,
                ["binding"] = new JsonObject { ["type"] = "zeebe:taskDefinition", ["property"] = "type" },
            },
        };
        foreach (var input in descriptor.Inputs) properties.Add(InputProperty(input));
        foreach (var output in descriptor.Outputs) properties.Add(OutputProperty(output));
        properties.Add(new JsonObject
        {
            ["id"] = "retries",
            ["label"] = "重试次数",
            ["description"] = "技术故障时的重试次数，用完后生成事件单（incident）。",
            ["group"] = RetriesGroup,
            ["type"] = "String",
            ["value"] = DefaultRetries,
            ["binding"] = new JsonObject { ["type"] = "zeebe:taskDefinition", ["property"] = "retries" },
        });
        return properties;
    }

    private static JsonObject InputProperty(ActivityPropertyDescriptor input)
    {
        var (type, feel) = input.ValueKind switch
        {
            ActivityValueKind.Number => ("Number", "optional"),
            ActivityValueKind.Boolean => ("Boolean", "optional"),
            ActivityValueKind.Object or ActivityValueKind.Array => ("Text", "required"),
            _ => ("String", "optional"),
        };
        var property = new JsonObject
        {
            ["id"] = "input." + input.Name,
            ["label"] = input.DisplayName,
        };
        if (!string.IsNullOrEmpty(input.Description)) property["description"] = input.Description;
        property["group"] = InputGroup;
        property["type"] = type;
        property["feel"] = feel;
        if (input.DefaultValue is not null) property["value"] = DefaultValue(input.DefaultValue, type, feel);
        property["binding"] = new JsonObject { ["type"] = "zeebe:input", ["name"] = input.Name };
        // No "optional": true for optional inputs; the schema deprecates it for zeebe:input (8.8+). An empty input maps to null,
        // which the invoker treats as missing.
        if (input.Required) property["constraints"] = new JsonObject { ["notEmpty"] = true };
        return property;
    }

    private static JsonObject OutputProperty(ActivityPropertyDescriptor output)
    {
        var property = new JsonObject
        {
            ["id"] = "output." + output.Name,
            ["label"] = output.DisplayName,
        };
        property["description"] = string.IsNullOrEmpty(output.Description)
            ? $"结果写入的流程变量名（活动输出 {output.Name}）。"
            : output.Description;
        property["group"] = OutputGroup;
        property["type"] = "String";
        property["value"] = output.Name;
        property["binding"] = new JsonObject { ["type"] = "zeebe:output", ["source"] = "=" + output.Name };
        return property;
    }

    private static JsonNode DefaultValue(string text, string type, string feel)
    {
        if (text.StartsWith('=')) return text;
        if (feel == "required") return "=" + text;
        if (type == "Number" && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return number;
        if (type == "Boolean" && bool.TryParse(text, out var flag)) return flag;
        return text;
    }
}
