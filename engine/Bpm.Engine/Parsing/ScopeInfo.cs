using System.Xml.Linq;
using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>A scope being built: the nodes and flows directly inside it.</summary>
internal sealed class ScopeInfo(IFlowScope scope, ScopeKind kind, XElement element)
{
    public IFlowScope Scope { get; } = scope;
    public ScopeKind Kind { get; } = kind;
    public XElement Element { get; } = element;
    public List<FlowNode> Nodes { get; } = [];
    public List<SequenceFlow> Flows { get; } = [];
}
