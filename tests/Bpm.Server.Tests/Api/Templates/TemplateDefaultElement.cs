using System.Globalization;
using System.Security;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bpm.Server.Tests.Api.Templates;

/// <summary>The process a designer gets by placing an element template from the palette and changing nothing: the element
/// the bpmn-js element-templates plugin (cloud) creates from the template's bindings and default values, between a start
/// and an end event (a start event template is the start itself). A binding without a default value becomes an input without source, as the plugin writes it.</summary>
public static class TemplateDefaultElement
{
    public static string Process(string processId, JsonObject template)
    {
        var elementType = (string)template["elementType"]!["value"]!;
        var properties = template["properties"]!.AsArray().Select(p => p!.AsObject()).ToList();
        var extensions = new StringBuilder();
        var task = Attributes(properties, "zeebe:taskDefinition", b => (string)b["property"]!);
        if (task.Count > 0) extensions.Append("<zeebe:taskDefinition").Append(Xml(task)).Append(" />");
        var io = new StringBuilder();
        foreach (var property in properties.Where(p => BindingType(p) == "zeebe:input" && !(Optional(p) && Value(p) is null)))
        {
            var source = Value(property) is { } value ? $" source=\"{Escape(value)}\"" : "";
            io.Append($"<zeebe:input{source} target=\"{Escape((string)property["binding"]!["name"]!)}\" />");
        }
        foreach (var property in properties.Where(p => BindingType(p) == "zeebe:output" && Value(p) is not null))
            io.Append($"<zeebe:output source=\"{Escape((string)property["binding"]!["source"]!)}\" target=\"{Escape(Value(property)!)}\" />");
        if (io.Length > 0) extensions.Append("<zeebe:ioMapping>").Append(io).Append("</zeebe:ioMapping>");
        var headers = properties.Where(p => BindingType(p) == "zeebe:taskHeader" && Value(p) is not null)
            .Select(p => $"<zeebe:header key=\"{Escape((string)p["binding"]!["key"]!)}\" value=\"{Escape(Value(p)!)}\" />").ToList();
        if (headers.Count > 0) extensions.Append("<zeebe:taskHeaders>").Append(string.Concat(headers)).Append("</zeebe:taskHeaders>");

        var message = Attributes(properties, "bpmn:Message#property", b => (string)b["name"]!);
        var subscription = Attributes(properties, "bpmn:Message#zeebe:subscription#property", b => (string)b["name"]!);
        var tag = elementType.Replace("bpmn:", "", StringComparison.Ordinal);
        tag = "bpmn:" + char.ToLowerInvariant(tag[0]) + tag[1..];
        var eventDefinition = (string?)template["elementType"]!["eventDefinition"] is { } definition
            ? $"<bpmn:{char.ToLowerInvariant(definition[5])}{definition[6..]}{(message.Count > 0 ? " messageRef=\"message\"" : "")} />"
            : "";
        var messageElement = message.Count > 0
            ? $"<bpmn:message id=\"message\"{Xml(message)}>" +
              (subscription.Count > 0 ? $"<bpmn:extensionElements><zeebe:subscription{Xml(subscription)} /></bpmn:extensionElements>" : "") +
              "</bpmn:message>"
            : "";
        // A start event template is placed as the process's start; any other element after a plain start.
        var lead = tag == "bpmn:startEvent" ? "" : """<bpmn:startEvent id="start" /><bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="placed" />""";
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                              id="defs_{processId}" targetNamespace="http://bpm.test">
              {messageElement}
              <bpmn:process id="{processId}" isExecutable="true">
                {lead}
                <{tag} id="placed" zeebe:modelerTemplate="{Escape((string)template["id"]!)}" zeebe:modelerTemplateVersion="{template["version"]}">
                  <bpmn:extensionElements>{extensions}</bpmn:extensionElements>{eventDefinition}
                </{tag}>
                <bpmn:sequenceFlow id="f2" sourceRef="placed" targetRef="end" />
                <bpmn:endEvent id="end" />
              </bpmn:process>
            </bpmn:definitions>
            """;
    }

    private static Dictionary<string, string> Attributes(List<JsonObject> properties, string bindingType, Func<JsonObject, string> attribute) =>
        properties.Where(p => BindingType(p) == bindingType && Value(p) is not null)
            .ToDictionary(p => attribute(p["binding"]!.AsObject()), p => Value(p)!);

    private static string Xml(Dictionary<string, string> attributes) =>
        string.Concat(attributes.Select(a => $" {a.Key}=\"{Escape(a.Value)}\""));

    private static string? BindingType(JsonObject property) => (string?)property["binding"]?["type"];

    private static bool Optional(JsonObject property) => property["optional"]?.GetValue<bool>() == true;

    /// <summary>The default value as the plugin writes it into the XML: text as is, numbers and flags as their JSON text.</summary>
    private static string? Value(JsonObject property) => property["value"] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<decimal>().ToString(CultureInfo.InvariantCulture),
        JsonValue v => v.ToJsonString(),
        _ => property["value"]!.ToJsonString(),
    };

    private static string Escape(string text) => SecurityElement.Escape(text);
}
