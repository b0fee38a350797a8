using System.Xml.Linq;
using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>What every flow node carries: identity, position and the zeebe mappings and properties.</summary>
internal sealed record NodeCommon(
    string Id,
    string? Name,
    string Type,
    int Line,
    IReadOnlyList<VariableMapping> Inputs,
    IReadOnlyList<VariableMapping> Outputs,
    IReadOnlyDictionary<string, string> Properties)
{
    public static NodeCommon Read(ParseContext ctx, XElement element)
    {
        ForeignExtensions.Check(ctx, element);
        return new NodeCommon(
            IdOf(ctx, element),
            element.Attr("name"),
            element.Name.LocalName,
            element.Line(),
            ZeebeExtensionReader.Mappings(ctx, element, "input"),
            ZeebeExtensionReader.Mappings(ctx, element, "output"),
            ZeebeExtensionReader.Properties(element));
    }

    /// <summary>The element's id; an element without one gets an error and a synthetic id so building can go on.</summary>
    public static string IdOf(ParseContext ctx, XElement element)
    {
        if (element.Attr("id") is { } id)
            return id;
        ctx.Error(element, $"第 {element.Line()} 行的{ElementLabel.Kind(element.Name.LocalName)}没有 id");
        return $"{element.Name.LocalName}@line{element.Line()}";
    }

    public UnsupportedNode Unsupported() =>
        new() { Id = Id, Name = Name, ElementType = Type, Line = Line, InputMappings = Inputs, OutputMappings = Outputs, Properties = Properties };
}
