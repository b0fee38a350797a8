using System.Xml;
using System.Xml.Linq;

namespace Bpm.Engine.Parsing;

/// <summary>Namespaces and small XElement helpers shared by the parser.</summary>
internal static class BpmnXml
{
    public static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";
    public static readonly XNamespace Camunda7 = "http://camunda.org/schema/1.0/bpmn";
    public static readonly XNamespace Activiti = "http://activiti.org/bpmn";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static int Line(this XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    public static string? Attr(this XElement element, string name)
    {
        var value = (string?)element.Attribute(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public static bool BoolAttr(this XElement element, string name, bool defaultValue) =>
        element.Attr(name)?.ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            _ => defaultValue,
        };

    public static IEnumerable<XElement> BpmnChildren(this XElement element, string localName) => element.Elements(Bpmn + localName);

    public static XElement? BpmnChild(this XElement element, string localName) => element.Element(Bpmn + localName);

    /// <summary>zeebe:* elements directly under the element's bpmn:extensionElements.</summary>
    public static IEnumerable<XElement> ZeebeExtensions(this XElement element, string localName) =>
        element.BpmnChildren("extensionElements").Elements(Zeebe + localName);

    public static XElement? ZeebeExtension(this XElement element, string localName) =>
        element.ZeebeExtensions(localName).FirstOrDefault();

    /// <summary>The element's text with surrounding whitespace removed, or null when empty.</summary>
    public static string? TrimmedText(this XElement? element)
    {
        var text = element?.Value.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
