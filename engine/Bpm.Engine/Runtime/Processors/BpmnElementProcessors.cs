using Bpm.Engine.Elements;
using Bpm.Engine.Model;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>The processor of a node: the one its element type declares in <see cref="BpmnElementTypes"/>.</summary>
internal static class BpmnElementProcessors
{
    public static IBpmnElementProcessor For(FlowNode node) => BpmnElementTypes.Of(node).Processor;
}
