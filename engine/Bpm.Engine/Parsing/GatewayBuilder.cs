using System.Xml.Linq;
using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>Builds gateways of one kind.</summary>
internal static class GatewayBuilder
{
    public static ElementReader Of(GatewayKind kind) => (build, element, c, _) => Build(build, element, c, kind);

    private static FlowNode Build(ProcessBuild build, XElement element, NodeCommon c, GatewayKind kind)
    {
        if (kind == GatewayKind.EventBased && (element.BoolAttr("instantiate", false) || element.Attr("eventGatewayType") == "Parallel"))
        {
            build.Ctx.Error(element, $"{ElementLabel.Of(element)}：不支持用于实例化或并行的事件网关");
            return c.Unsupported();
        }
        var gateway = new Gateway
        {
            Id = c.Id, Name = c.Name, ElementType = c.Type, Line = c.Line,
            InputMappings = c.Inputs, OutputMappings = c.Outputs, Properties = c.Properties,
            Kind = kind,
        };
        if (element.Attr("default") is { } defaultFlow)
            build.DefaultFlowRefs[gateway] = defaultFlow;
        return gateway;
    }
}
