using System.Globalization;
using System.Xml.Linq;

namespace Bpm.Server.Tests.Workflows;

/// <summary>Reads a BPMN file's process elements and its diagram (BPMNDI) and reports what a reader of the diagram would
/// miss: flow nodes without a shape, sequence flows without an edge, node shapes lying on each other.</summary>
public sealed class DiagramLayout
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static readonly XNamespace BpmnDi = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static readonly XNamespace Dc = "http://www.omg.org/spec/DD/20100524/DC";
    private static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";

    /// <summary>Process children that are not flow nodes (no shape needed, nothing to overlap).</summary>
    private static readonly HashSet<string> NotFlowNodes =
        ["sequenceFlow", "laneSet", "extensionElements", "documentation", "dataObject", "dataObjectReference", "dataStoreReference",
         "textAnnotation", "association", "group", "ioSpecification", "property"];

    private readonly XDocument document;

    public DiagramLayout(string path) => document = XDocument.Load(path);

    /// <summary>Flow nodes of every process, nested sub-processes included: (element, id of the sub-process holding it or null).</summary>
    public IReadOnlyList<(XElement Node, string? Container)> FlowNodes =>
        document.Root!.Elements(Bpmn + "process").SelectMany(p => NodesIn(p, null)).ToList();

    public IReadOnlyList<string> SequenceFlowIds =>
        document.Descendants(Bpmn + "sequenceFlow").Select(f => (string)f.Attribute("id")!).ToList();

    public IReadOnlyDictionary<string, DiagramShape> Shapes =>
        document.Descendants(BpmnDi + "BPMNShape").Select(ToShape).GroupBy(s => s.ElementId).ToDictionary(g => g.Key, g => g.First());

    public IReadOnlySet<string> EdgeElementIds =>
        document.Descendants(BpmnDi + "BPMNEdge").Where(e => e.Elements().Count(w => w.Name.LocalName == "waypoint") >= 2)
            .Select(e => (string)e.Attribute("bpmnElement")!).ToHashSet();

    /// <summary>User tasks and the form id each names in zeebe:formDefinition (null when it names none).</summary>
    public IReadOnlyList<(string TaskId, string? FormId)> UserTaskForms =>
        document.Descendants(Bpmn + "userTask")
            .Select(t => ((string)t.Attribute("id")!, (string?)t.Descendants(Zeebe + "formDefinition").FirstOrDefault()?.Attribute("formId")))
            .ToList();

    public IReadOnlyList<string> MissingShapes => FlowNodes.Select(n => Id(n.Node)).Where(id => !Shapes.ContainsKey(id)).ToList();

    public IReadOnlyList<string> MissingEdges => SequenceFlowIds.Where(id => !EdgeElementIds.Contains(id)).ToList();

    /// <summary>Pairs of node shapes that overlap, except a boundary event on its host and a node inside its sub-process.</summary>
    public IReadOnlyList<string> Overlaps()
    {
        var nodes = FlowNodes;
        var shapes = Shapes;
        var host = nodes.Where(n => n.Node.Name.LocalName == "boundaryEvent")
            .ToDictionary(n => Id(n.Node), n => (string)n.Node.Attribute("attachedToRef")!);
        var container = nodes.ToDictionary(n => Id(n.Node), n => n.Container);
        var drawn = nodes.Select(n => Id(n.Node)).Where(shapes.ContainsKey).ToList();
        var found = new List<string>();
        for (var i = 0; i < drawn.Count; i++)
            for (var j = i + 1; j < drawn.Count; j++)
            {
                var (a, b) = (drawn[i], drawn[j]);
                if (Contains(a, b, host, container) || Contains(b, a, host, container)) continue;
                if (shapes[a].Overlaps(shapes[b])) found.Add($"{a} / {b}");
            }
        return found;
    }

    private static bool Contains(string outer, string inner, Dictionary<string, string> host, Dictionary<string, string?> container)
    {
        if (host.TryGetValue(inner, out var h) && (h == outer || Contains(outer, h, host, container))) return true;
        for (var c = container[inner]; c is not null; c = container.GetValueOrDefault(c))
            if (c == outer) return true;
        return false;
    }

    private static IEnumerable<(XElement, string?)> NodesIn(XElement scope, string? container)
    {
        foreach (var child in scope.Elements().Where(e => e.Name.Namespace == Bpmn && !NotFlowNodes.Contains(e.Name.LocalName)))
        {
            yield return (child, container);
            if (child.Name.LocalName is "subProcess" or "transaction" or "adHocSubProcess")
                foreach (var nested in NodesIn(child, Id(child))) yield return nested;
        }
    }

    private static string Id(XElement element) => (string)element.Attribute("id")!;

    private static DiagramShape ToShape(XElement shape)
    {
        var bounds = shape.Element(Dc + "Bounds")!;
        double Read(string name) => double.Parse((string)bounds.Attribute(name)!, CultureInfo.InvariantCulture);
        return new DiagramShape((string)shape.Attribute("bpmnElement")!, Read("x"), Read("y"), Read("width"), Read("height"));
    }
}
