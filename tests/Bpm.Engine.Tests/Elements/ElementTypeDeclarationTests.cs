using Bpm.Engine.Elements;
using Bpm.Engine.Model;
using Bpm.Engine.Parsing;
using Bpm.Engine.Runtime.Processors;
using Bpm.Engine.Tests.Parsing;

namespace Bpm.Engine.Tests.Elements;

/// <summary>An element type is declared once (<see cref="BpmnElementTypes"/>); these tests fail when a declaration and the
/// rest disagree: the parser builds a node its declared processor cannot run, a processor is written but declared by no
/// element type, or a label is kept in a second place.</summary>
public sealed class ElementTypeDeclarationTests
{
    private const string TimerDefinition =
        """<bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>""";

    /// <summary>A valid model per declared element type and the id of the element of that type in it. A new element type
    /// gets its sample here (<see cref="Every_declared_element_type_has_a_sample_model"/> fails until it does).</summary>
    private static readonly Dictionary<string, (string Xml, string Id)> Samples = new(StringComparer.Ordinal)
    {
        ["startEvent"] = (BpmnText.Linear("""<bpmn:task id="x" />""", "x", "x"), "s"),
        ["endEvent"] = (BpmnText.Linear("""<bpmn:task id="x" />""", "x", "x"), "e"),
        ["boundaryEvent"] = (BpmnText.Linear($"""
            <bpmn:task id="x" />
            <bpmn:boundaryEvent id="b" attachedToRef="x">{TimerDefinition}</bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f_b" sourceRef="b" targetRef="late" />
            <bpmn:endEvent id="late" />
            """, "x", "x"), "b"),
        ["intermediateCatchEvent"] = Middle($"""<bpmn:intermediateCatchEvent id="x">{TimerDefinition}</bpmn:intermediateCatchEvent>"""),
        ["intermediateThrowEvent"] = Middle("""<bpmn:intermediateThrowEvent id="x" />"""),
        ["exclusiveGateway"] = Middle("""<bpmn:exclusiveGateway id="x" />"""),
        ["inclusiveGateway"] = Middle("""<bpmn:inclusiveGateway id="x" />"""),
        ["parallelGateway"] = Middle("""<bpmn:parallelGateway id="x" />"""),
        ["eventBasedGateway"] = (BpmnText.Linear($"""
            <bpmn:eventBasedGateway id="x" />
            <bpmn:sequenceFlow id="f_t" sourceRef="x" targetRef="t" />
            <bpmn:intermediateCatchEvent id="t">{TimerDefinition}</bpmn:intermediateCatchEvent>
            """, "x", "t"), "x"),
        ["task"] = Middle("""<bpmn:task id="x" />"""),
        ["manualTask"] = Middle("""<bpmn:manualTask id="x" />"""),
        ["serviceTask"] = Middle("""<bpmn:serviceTask id="x"><bpmn:extensionElements><zeebe:taskDefinition type="t" /></bpmn:extensionElements></bpmn:serviceTask>"""),
        ["sendTask"] = Middle("""<bpmn:sendTask id="x"><bpmn:extensionElements><zeebe:taskDefinition type="t" /></bpmn:extensionElements></bpmn:sendTask>"""),
        ["scriptTask"] = Middle("""<bpmn:scriptTask id="x"><bpmn:extensionElements><zeebe:script expression="=1" resultVariable="r" /></bpmn:extensionElements></bpmn:scriptTask>"""),
        ["businessRuleTask"] = Middle("""<bpmn:businessRuleTask id="x"><bpmn:extensionElements><zeebe:calledDecision decisionId="d" resultVariable="r" /></bpmn:extensionElements></bpmn:businessRuleTask>"""),
        ["userTask"] = Middle("""<bpmn:userTask id="x" />"""),
        ["receiveTask"] = (BpmnText.Linear("""<bpmn:receiveTask id="x" messageRef="m" />""", "x", "x",
            """<bpmn:message id="m" name="reply"><bpmn:extensionElements><zeebe:subscription correlationKey="=caseId" /></bpmn:extensionElements></bpmn:message>"""), "x"),
        ["subProcess"] = Middle("""
            <bpmn:subProcess id="x">
              <bpmn:startEvent id="inner_s" />
              <bpmn:sequenceFlow id="inner_f" sourceRef="inner_s" targetRef="inner_e" />
              <bpmn:endEvent id="inner_e" />
            </bpmn:subProcess>
            """),
        ["adHocSubProcess"] = Middle("""
            <bpmn:adHocSubProcess id="x">
              <bpmn:task id="inner_a" />
              <bpmn:task id="inner_b" />
            </bpmn:adHocSubProcess>
            """),
        ["callActivity"] = Middle("""<bpmn:callActivity id="x"><bpmn:extensionElements><zeebe:calledElement processId="other" /></bpmn:extensionElements></bpmn:callActivity>"""),
    };

    private static (string Xml, string Id) Middle(string element) => (BpmnText.Linear(element, "x", "x"), "x");

    public static TheoryData<string> DeclaredTypes() => new(BpmnElementTypes.All.Select(type => type.LocalName));

    [Fact]
    public void Every_declared_element_type_has_a_sample_model()
    {
        Assert.Equal(Samples.Keys.Order(), BpmnElementTypes.All.Select(type => type.LocalName).Order());
    }

    [Theory, MemberData(nameof(DeclaredTypes))]
    public void The_parser_reads_each_declared_type_into_a_node_its_declared_processor_runs(string localName)
    {
        var (xml, id) = Samples[localName];
        var result = BpmnText.Parse(xml);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var node = Assert.Single(result.Processes).Node(id);

        Assert.Equal(localName, node.ElementType);
        var declaration = BpmnElementTypes.Of(node);
        Assert.Same(BpmnElementTypes.Find(localName), declaration);
        Assert.Same(declaration.Processor, BpmnElementProcessors.For(node));
        Assert.True(Runs(declaration.Processor, node),
            $"{localName}: the parser builds a {node.GetType().Name}, its processor {declaration.Processor.GetType().Name} runs {NodeTypeOf(declaration.Processor).Name}");
    }

    [Fact]
    public void A_processor_declared_for_another_node_type_is_caught()
    {
        var gateway = BpmnText.Parse(Samples["exclusiveGateway"].Xml).Processes.Single().Node("x");
        var userTask = BpmnElementTypes.Find("userTask")!;

        Assert.False(Runs(userTask.Processor, gateway));
    }

    [Fact]
    public void Every_processor_is_declared_by_an_element_type()
    {
        var declared = BpmnElementTypes.All.Select(type => type.Processor.GetType()).ToHashSet();
        var processors = typeof(IBpmnElementProcessor).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IBpmnElementProcessor).IsAssignableFrom(t));

        Assert.All(processors, processor => Assert.Contains(processor, declared));
    }

    [Fact]
    public void Each_declared_type_has_one_Chinese_label_kept_nowhere_else()
    {
        Assert.All(BpmnElementTypes.All, type =>
        {
            Assert.Contains(type.Label, c => c >= '\u4e00' && c <= '\u9fff');
            Assert.Equal(type.Label, ElementLabel.Kind(type.LocalName));
            Assert.DoesNotContain(type.LocalName, ElementLabel.OtherKinds.Keys);
        });
        Assert.Equal(BpmnElementTypes.All.Count, BpmnElementTypes.All.Select(type => type.LocalName).Distinct().Count());
    }

    [Fact]
    public void An_element_type_that_is_not_declared_is_refused_by_name()
    {
        var result = BpmnText.Parse(Middle("""<bpmn:complexGateway id="x" />""").Xml);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Message.Contains("复杂网关「x」：本引擎不支持此类元素（complexGateway）", StringComparison.Ordinal));
    }

    /// <summary>Whether the processor can be handed the node (it casts to the node type it was written for).</summary>
    private static bool Runs(IBpmnElementProcessor processor, FlowNode node) => NodeTypeOf(processor).IsInstanceOfType(node);

    private static Type NodeTypeOf(IBpmnElementProcessor processor)
    {
        for (var type = processor.GetType(); type is not null; type = type.BaseType)
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(BpmnElementProcessor<>))
                return type.GetGenericArguments()[0];
        throw new InvalidOperationException($"{processor.GetType().Name} does not derive from BpmnElementProcessor<TNode>");
    }
}
