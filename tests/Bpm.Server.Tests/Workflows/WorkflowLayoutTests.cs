using System.Net;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Workflows;

/// <summary>Every workflows/*.bpmn deploys with its forms and has a readable diagram: a shape for every flow node, an edge
/// for every sequence flow, no node shapes on top of each other, and a deployed form for every user task.</summary>
public sealed class WorkflowLayoutTests(BpmServerFactory<Sqlite> factory) : ApiTestBase(factory), IClassFixture<BpmServerFactory<Sqlite>>
{
    [Fact]
    public void The_workflows_folder_holds_the_enforcement_processes() =>
        Assert.Superset(new HashSet<string> { "legal-review.bpmn", "disclosure.bpmn", "major-penalty-filing.bpmn", "complaint.bpmn", "supervision.bpmn" },
            WorkflowFiles.Bpmn.Select(Path.GetFileName).ToHashSet()!);

    [Theory, MemberData(nameof(WorkflowFiles.BpmnNames), MemberType = typeof(WorkflowFiles))]
    public void Every_flow_node_has_a_shape_and_every_sequence_flow_an_edge(string file)
    {
        var layout = new DiagramLayout(Path.Combine(WorkflowFiles.Folder, file));
        Assert.NotEmpty(layout.FlowNodes);
        Assert.Empty(layout.MissingShapes);
        Assert.Empty(layout.MissingEdges);
    }

    [Theory, MemberData(nameof(WorkflowFiles.BpmnNames), MemberType = typeof(WorkflowFiles))]
    public void No_two_node_shapes_overlap(string file) =>
        Assert.Empty(new DiagramLayout(Path.Combine(WorkflowFiles.Folder, file)).Overlaps());

    [Fact]
    public async Task All_workflows_and_forms_deploy_together_and_every_user_task_names_a_deployed_form()
    {
        var files = WorkflowFiles.All.Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray();
        var response = await Client.DeployRawAsync(files);
        var deployed = await response.ReadJsonObjectAsync(HttpStatusCode.OK);

        var processIds = deployed["processes"]!.AsArray().Select(p => p!["bpmnProcessId"]!.GetValue<string>()).ToHashSet();
        foreach (var file in WorkflowFiles.Bpmn)
            Assert.Contains(Path.GetFileNameWithoutExtension(file), processIds);
        var formIds = deployed["forms"]!.AsArray().Select(f => f!["formId"]!.GetValue<string>()).ToHashSet();
        var tasks = WorkflowFiles.Bpmn.SelectMany(f => new DiagramLayout(f).UserTaskForms.Select(t => (File: Path.GetFileName(f), t.TaskId, t.FormId))).ToList();
        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.True(t.FormId is not null && formIds.Contains(t.FormId),
            $"{t.File}: user task '{t.TaskId}' has no deployed form ({t.FormId ?? "no zeebe:formDefinition"})"));
    }

    [Fact]
    public void The_layout_check_finds_overlapping_shapes_missing_shapes_and_missing_edges()
    {
        var path = Path.Combine(Path.GetTempPath(), $"layout-{Guid.NewGuid():N}.bpmn");
        File.WriteAllText(path, """
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="d">
              <bpmn:process id="p" isExecutable="true">
                <bpmn:startEvent id="a" /><bpmn:task id="b" /><bpmn:endEvent id="c" /><bpmn:boundaryEvent id="t" attachedToRef="b" />
                <bpmn:sequenceFlow id="f1" sourceRef="a" targetRef="b" /><bpmn:sequenceFlow id="f2" sourceRef="b" targetRef="c" />
              </bpmn:process>
              <bpmndi:BPMNDiagram id="g"><bpmndi:BPMNPlane id="pl" bpmnElement="p">
                <bpmndi:BPMNShape id="a_di" bpmnElement="a"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
                <bpmndi:BPMNShape id="b_di" bpmnElement="b"><dc:Bounds x="120" y="90" width="120" height="80" /></bpmndi:BPMNShape>
                <bpmndi:BPMNShape id="t_di" bpmnElement="t"><dc:Bounds x="130" y="152" width="36" height="36" /></bpmndi:BPMNShape>
                <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="136" y="118" /><di:waypoint x="120" y="130" /></bpmndi:BPMNEdge>
              </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """);
        try
        {
            var layout = new DiagramLayout(path);
            Assert.Equal(["c"], layout.MissingShapes);
            Assert.Equal(["f2"], layout.MissingEdges);
            Assert.Equal(["a / b"], layout.Overlaps()); // the boundary event on its host is not an overlap
        }
        finally
        {
            File.Delete(path);
        }
    }
}
