using System.Xml.Linq;
using Bpm.Engine.Elements;
using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>How a validation message names an element for the person who drew it: its Chinese kind and its name, with the
/// id beside the name so the element can be found ("排他网关「是否重大」（Gateway_1）"), or the id alone when it has no name.
/// Module API: modules that check models (<see cref="Deployment.IDeploymentRule"/>) name elements with it.</summary>
public static class ElementLabel
{
    /// <summary>Words for what is not a supported element type (those declare their own in <see cref="BpmnElementTypes"/>):
    /// the containers and flows, and the element types the parser refuses, so the refusal names them.</summary>
    internal static readonly IReadOnlyDictionary<string, string> OtherKinds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["process"] = "流程", ["sequenceFlow"] = "顺序流", ["transaction"] = "事务子流程",
        ["complexGateway"] = "复杂网关",
    };

    /// <summary>The Chinese word for a BPMN element type (its local name), or the local name itself.</summary>
    public static string Kind(string elementType) =>
        BpmnElementTypes.Find(elementType)?.Label ?? OtherKinds.GetValueOrDefault(elementType, elementType);

    /// <summary>「name」（id）, or 「id」 when the element has no name.</summary>
    public static string Name(string id, string? name) => string.IsNullOrWhiteSpace(name) ? $"「{id}」" : $"「{name}」（{id}）";

    public static string Name(FlowElement element) => Name(element.Id, element.Name);

    /// <summary>Kind and name: 排他网关「是否重大」（Gateway_1）.</summary>
    public static string Of(FlowElement element) => Kind(element.ElementType) + Name(element);

    public static string Of(XElement element) => Kind(element.Name.LocalName) + Name(element.Attr("id") ?? "?", element.Attr("name"));
}
