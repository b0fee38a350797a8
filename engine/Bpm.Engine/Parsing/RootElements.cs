using System.Xml.Linq;

namespace Bpm.Engine.Parsing;

/// <summary>The bpmn:message, bpmn:error, bpmn:escalation and bpmn:signal root elements of a definitions document, by id.</summary>
internal sealed class RootElements
{
    public Dictionary<string, XElement> Messages { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, XElement> Errors { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, XElement> Escalations { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, XElement> Signals { get; } = new(StringComparer.Ordinal);

    public static RootElements Read(XElement definitions)
    {
        var roots = new RootElements();
        Collect(definitions, "message", roots.Messages);
        Collect(definitions, "error", roots.Errors);
        Collect(definitions, "escalation", roots.Escalations);
        Collect(definitions, "signal", roots.Signals);
        return roots;
    }

    private static void Collect(XElement definitions, string localName, Dictionary<string, XElement> target)
    {
        foreach (var element in definitions.BpmnChildren(localName))
        {
            if (element.Attr("id") is { } id)
                target.TryAdd(id, element);
        }
    }

    /// <summary>Resolves a QName-style reference ("tns:Error_1" or "Error_1") to its element, or null.</summary>
    public static XElement? Resolve(Dictionary<string, XElement> map, string? reference)
    {
        if (reference is null)
            return null;
        if (map.TryGetValue(reference, out var element))
            return element;
        var colon = reference.IndexOf(':');
        return colon >= 0 && map.TryGetValue(reference[(colon + 1)..], out element) ? element : null;
    }
}
