using System.Text.Json.Nodes;
using Bpm.Engine.Activities;

namespace Bpm.Server.Templates;

/// <summary>Element templates built from the activity descriptors: a service task whose <c>zeebe:taskDefinition</c>
/// type is the activity type, one <c>zeebe:input</c> per input and one <c>zeebe:output</c> per output.</summary>
internal sealed class DescriptorElementTemplateSource(IActivityRegistry registry) : IElementTemplateSource
{
    public const string Schema = "https://unpkg.com/@camunda/zeebe-element-templates-json-schema/resources/schema.json";

    public JsonArray GetTemplates() => new(registry.All.Select(descriptor => (JsonNode)ToTemplate(descriptor)).ToArray());

    private static JsonObject ToTemplate(ActivityDescriptor descriptor)
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
        foreach (var input in descriptor.Inputs)
            properties.Add(Input(input));
        foreach (var output in descriptor.Outputs)
            properties.Add(Output(output));

        var template = new JsonObject
        {
            ["$schema"] = Schema,
            ["name"] = descriptor.DisplayName,
            ["id"] = $"bpm.{descriptor.Type}",
            ["version"] = 1,
            ["category"] = new JsonObject { ["id"] = descriptor.Category, ["name"] = descriptor.Category },
            ["appliesTo"] = new JsonArray("bpmn:Task"),
            ["elementType"] = new JsonObject { ["value"] = "bpmn:ServiceTask" },
            ["properties"] = properties,
        };
        if (descriptor.Description is not null)
            template["description"] = descriptor.Description;
        return template;
    }

    private static JsonObject Input(ActivityPropertyDescriptor input)
    {
        var property = new JsonObject
        {
            ["label"] = input.DisplayName,
            ["type"] = "String",
            ["feel"] = "optional",
            ["binding"] = new JsonObject { ["type"] = "zeebe:input", ["name"] = input.Name },
        };
        if (input.Description is not null)
            property["description"] = input.Description;
        if (input.Required)
            property["constraints"] = new JsonObject { ["notEmpty"] = true };
        else
            property["optional"] = true;
        return property;
    }

    private static JsonObject Output(ActivityPropertyDescriptor output)
    {
        var property = new JsonObject
        {
            ["label"] = output.DisplayName,
            ["type"] = "String",
            ["value"] = output.Name,
            ["binding"] = new JsonObject { ["type"] = "zeebe:output", ["source"] = $"={output.Name}" },
        };
        if (output.Description is not null)
            property["description"] = output.Description;
        return property;
    }
}
