using System.Xml.Linq;
using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>Builds, wires and validates one bpmn:process.</summary>
internal static class ProcessBuilder
{
    public static ProcessModel Build(ParseContext ctx, XElement element)
    {
        ForeignExtensions.Check(ctx, element);
        var properties = ZeebeExtensionReader.Properties(element);
        var process = new ProcessModel
        {
            Id = NodeCommon.IdOf(ctx, element),
            Name = element.Attr("name"),
            IsExecutable = element.BoolAttr("isExecutable", false),
            Starters = StartAuthorization.From(properties),
            Category = properties.TryGetValue("category", out var category) && !string.IsNullOrWhiteSpace(category) ? category.Trim() : null,
        };
        var build = new ProcessBuild(ctx);
        ScopeBuilder.Build(build, element, process, ScopeKind.Process);
        GraphWiring.Wire(build);
        foreach (var scope in build.Scopes)
            ScopeValidator.Validate(build, scope);
        process.ElementsById = build.ById;
        return process;
    }
}
