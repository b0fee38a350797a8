using System.Xml.Linq;
using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>Reads the zeebe: extension elements that several element kinds share.</summary>
internal static class ZeebeExtensionReader
{
    public static IReadOnlyList<VariableMapping> Mappings(ParseContext ctx, XElement element, string kind)
    {
        var mappings = new List<VariableMapping>();
        foreach (var io in element.ZeebeExtensions("ioMapping"))
        {
            foreach (var mapping in io.Elements(BpmnXml.Zeebe + kind))
            {
                var target = mapping.Attr("target");
                var source = mapping.Attr("source");
                // Camunda 8.8: an input without source is an empty mapping, resolved to null (element templates write one
                // for each field left empty).
                if (source is null && kind == "input" && target is not null) source = "=null";
                if (target is null || source is null)
                {
                    ctx.Error(element, $"{ElementLabel.Of(element)}的 zeebe:{kind} 须同时有 source 和 target", mapping);
                    continue;
                }
                var expression = ctx.Value(element, source, $"zeebe:{kind}「{target}」的 source", mapping);
                if (expression is not null)
                    mappings.Add(new VariableMapping(expression, target));
            }
        }
        return mappings;
    }

    public static IReadOnlyDictionary<string, string> Properties(XElement element) =>
        Pairs(element, "properties", "property", "name");

    public static IReadOnlyDictionary<string, string> Headers(XElement element) =>
        Pairs(element, "taskHeaders", "header", "key");

    private static IReadOnlyDictionary<string, string> Pairs(XElement element, string container, string item, string keyAttribute)
    {
        var pairs = element.ZeebeExtensions(container).Elements(BpmnXml.Zeebe + item)
            .Where(e => e.Attr(keyAttribute) is not null)
            .ToList();
        if (pairs.Count == 0)
            return FlowNode.EmptyProperties;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
            result[pair.Attr(keyAttribute)!] = (string?)pair.Attribute("value") ?? "";
        return result;
    }

    /// <summary>zeebe:taskDefinition, or null when the element has none (or no type).</summary>
    public static TaskDefinition? TaskDefinition(ParseContext ctx, XElement element)
    {
        var definition = element.ZeebeExtension("taskDefinition");
        if (definition?.Attr("type") is not { } typeText)
            return null;
        var type = ctx.Value(element, typeText, "zeebe:taskDefinition type", definition) ?? ctx.Placeholder;
        var retries = ctx.Value(element, definition.Attr("retries") ?? "3", "zeebe:taskDefinition retries", definition) ?? ctx.Placeholder;
        return new TaskDefinition(type, retries);
    }

    public static UserTaskDefinition UserTask(ParseContext ctx, XElement element)
    {
        var assignment = element.ZeebeExtension("assignmentDefinition");
        var schedule = element.ZeebeExtension("taskSchedule");
        var priority = element.ZeebeExtension("priorityDefinition");
        var form = element.ZeebeExtension("formDefinition");
        return new UserTaskDefinition
        {
            Assignee = Attribute(ctx, element, assignment, "assignee", "zeebe:assignmentDefinition"),
            CandidateGroups = Attribute(ctx, element, assignment, "candidateGroups", "zeebe:assignmentDefinition"),
            CandidateUsers = Attribute(ctx, element, assignment, "candidateUsers", "zeebe:assignmentDefinition"),
            DueDate = Attribute(ctx, element, schedule, "dueDate", "zeebe:taskSchedule"),
            FollowUpDate = Attribute(ctx, element, schedule, "followUpDate", "zeebe:taskSchedule"),
            Priority = Attribute(ctx, element, priority, "priority", "zeebe:priorityDefinition"),
            FormId = form?.Attr("formId"),
            FormKey = form?.Attr("formKey") ?? form?.Attr("externalReference"),
        };
    }

    private static Expressions.FeelExpression? Attribute(ParseContext ctx, XElement owner, XElement? extension, string name, string what) =>
        extension is null ? null : ctx.Value(owner, extension.Attr(name), $"{what} {name}", extension);
}
