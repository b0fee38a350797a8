using Bpm.Engine.Parsing;

namespace Bpm.Engine.Tests.Parsing;

public class ValidationTests
{
    /// <summary>Parses, and asserts one error names the element, its line (of the marker) and contains the text.</summary>
    private static ValidationError AssertError(string xml, string elementId, string message, string? lineMarker = null)
    {
        var result = BpmnText.Parse(xml);
        var error = result.Errors.FirstOrDefault(e => e.ElementId == elementId && e.Message.Contains(message, StringComparison.Ordinal));
        Assert.True(error is not null, $"expected an error on '{elementId}' containing '{message}', got:\n{string.Join("\n", result.Errors)}");
        Assert.Equal(BpmnText.LineOf(xml, lineMarker ?? $"id=\"{elementId}\""), error.Line);
        Assert.Equal("test.bpmn", error.ResourceName);
        return error;
    }

    [Theory]
    [InlineData("""<bpmn:complexGateway id="x" />""", "complexGateway is not supported")]
    [InlineData("""<bpmn:businessRuleTask id="x" />""", "businessRuleTask 'x' has no zeebe:calledDecision decisionId and resultVariable")]
    [InlineData("""<bpmn:businessRuleTask id="x"><bpmn:extensionElements><zeebe:calledDecision decisionId="d" /></bpmn:extensionElements></bpmn:businessRuleTask>""", "businessRuleTask 'x' has no zeebe:calledDecision decisionId and resultVariable")]
    [InlineData("""<bpmn:businessRuleTask id="x"><bpmn:extensionElements><zeebe:calledDecision decisionId="=violation +" resultVariable="r" /></bpmn:extensionElements></bpmn:businessRuleTask>""", "invalid FEEL in zeebe:calledDecision decisionId")]
    [InlineData("""<bpmn:transaction id="x" />""", "transaction sub-processes are not supported")]
    [InlineData("""<bpmn:adHocSubProcess id="x" />""", "adHocSubProcess is not supported")]
    [InlineData("""<bpmn:serviceTask id="x" />""", "serviceTask 'x' has no zeebe:taskDefinition type")]
    [InlineData("""<bpmn:sendTask id="x" />""", "sendTask 'x' has no zeebe:taskDefinition type")]
    [InlineData("""<bpmn:scriptTask id="x" scriptFormat="javascript"><bpmn:script>next()</bpmn:script></bpmn:scriptTask>""", "scriptTask 'x' needs zeebe:script expression (FEEL); scriptFormat 'javascript' is not supported")]
    [InlineData("""<bpmn:callActivity id="x" calledElement="other" />""", "callActivity 'x' has no zeebe:calledElement processId")]
    [InlineData("""<bpmn:task id="x"><bpmn:standardLoopCharacteristics /></bpmn:task>""", "standardLoopCharacteristics (loop activities) is not supported")]
    [InlineData("""<bpmn:task id="x"><bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>3</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:task>""", "multi-instance without zeebe:loopCharacteristics inputCollection")]
    [InlineData("""<bpmn:task id="x" isForCompensation="true" />""", "compensation is not supported")]
    [InlineData("""<bpmn:receiveTask id="x" />""", "receiveTask 'x' has no message name")]
    [InlineData("""<bpmn:userTask id="x" camunda:assignee="${initiator}" />""", "Camunda 7/Activiti extensions are not supported: camunda:assignee")]
    [InlineData("""<bpmn:intermediateThrowEvent id="x"><bpmn:signalEventDefinition /></bpmn:intermediateThrowEvent>""", "signal events are not supported")]
    [InlineData("""<bpmn:intermediateCatchEvent id="x"><bpmn:conditionalEventDefinition /></bpmn:intermediateCatchEvent>""", "conditional events are not supported")]
    [InlineData("""<bpmn:intermediateThrowEvent id="x"><bpmn:compensateEventDefinition /></bpmn:intermediateThrowEvent>""", "compensation is not supported")]
    [InlineData("""<bpmn:intermediateCatchEvent id="x" />""", "intermediateCatchEvent needs an event definition")]
    [InlineData("""<bpmn:intermediateCatchEvent id="x"><bpmn:messageEventDefinition /></bpmn:intermediateCatchEvent>""", "intermediateCatchEvent 'x' has no message name")]
    [InlineData("""<bpmn:intermediateCatchEvent id="x"><bpmn:timerEventDefinition><bpmn:timeCycle>R/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""", "timeCycle is not allowed on an intermediate catch event")]
    [InlineData("""<bpmn:intermediateCatchEvent id="x"><bpmn:timerEventDefinition><bpmn:timeDuration>soon</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""", "timeDuration 'soon' is not a valid ISO 8601 duration")]
    [InlineData("""<bpmn:intermediateCatchEvent id="x"><bpmn:timerEventDefinition><bpmn:timeDuration>${delay}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""", "JUEL expressions are not supported in timeDuration")]
    [InlineData("""<bpmn:intermediateCatchEvent id="x"><bpmn:timerEventDefinition /></bpmn:intermediateCatchEvent>""", "a timer needs exactly one of timeDate, timeDuration or timeCycle")]
    [InlineData("""<bpmn:intermediateThrowEvent id="x"><bpmn:messageEventDefinition /></bpmn:intermediateThrowEvent>""", "message throw event 'x' has no zeebe:taskDefinition type")]
    [InlineData("""<bpmn:intermediateThrowEvent id="x"><bpmn:linkEventDefinition name="nowhere" /></bpmn:intermediateThrowEvent>""", "link throw event 'x' has no link catch event named 'nowhere' in the same scope")]
    [InlineData("""<bpmn:intermediateThrowEvent id="x"><bpmn:messageEventDefinition /><bpmn:timerEventDefinition /></bpmn:intermediateThrowEvent>""", "more than one event definition")]
    [InlineData("""<bpmn:endEvent id="x"><bpmn:errorEventDefinition /></bpmn:endEvent>""", "error end event 'x' needs an errorRef to a bpmn:error with an errorCode")]
    [InlineData("""<bpmn:endEvent id="x"><bpmn:signalEventDefinition /></bpmn:endEvent>""", "signal events are not supported")]
    [InlineData("""<bpmn:endEvent id="x"><bpmn:cancelEventDefinition /></bpmn:endEvent>""", "cancel events are not supported")]
    [InlineData("""<bpmn:startEvent id="x"><bpmn:errorEventDefinition /></bpmn:startEvent>""", "error start events are only allowed in event sub-processes")]
    [InlineData("""<bpmn:startEvent id="x"><bpmn:signalEventDefinition /></bpmn:startEvent>""", "signal events are not supported")]
    [InlineData("""<bpmn:choreographyTask id="x" />""", "choreographyTask is not supported")]
    public void Rejects_unsupported_constructs_by_name(string element, string message)
    {
        var xml = BpmnText.Process($"""
            <bpmn:startEvent id="s" />
            {element}
            """);
        var error = AssertError(xml, "x", message);
        Assert.NotNull(error.ElementType);
    }

    [Fact]
    public void Reports_malformed_xml_with_its_line()
    {
        var result = BpmnText.Parse("<?xml version=\"1.0\"?>\n<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n<bpmn:process id=\"p\">\n</bpmn:definitions>");
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("malformed XML", error.Message);
        Assert.Equal(4, error.Line);
        Assert.Empty(result.Processes);
    }

    [Fact]
    public void Reports_empty_input_and_a_document_that_is_not_bpmn()
    {
        Assert.Single(BpmnText.Parser().Parse("empty.bpmn", []).Errors);
        var error = Assert.Single(BpmnText.Parse("<html><body /></html>").Errors);
        Assert.Contains("not a BPMN 2.0 definitions document", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Reports_a_file_without_an_executable_process()
    {
        var xml = $"""
            {BpmnText.Header}
              <bpmn:process id="p" isExecutable="false"><bpmn:startEvent id="s" /></bpmn:process>
            </bpmn:definitions>
            """;
        var error = Assert.Single(BpmnText.Parse(xml).Errors);
        Assert.Contains("no executable process", error.Message);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Reports_duplicate_ids_across_scopes()
    {
        var xml = BpmnText.Linear("""
            <bpmn:subProcess id="sub">
              <bpmn:startEvent id="s" name="dup" />
            </bpmn:subProcess>
            """, "sub", "sub");
        AssertError(xml, "s", "duplicate id 's'", "name=\"dup\"");
    }

    [Fact]
    public void Reports_flows_with_missing_or_cross_scope_ends()
    {
        var xml = BpmnText.Process("""
            <bpmn:startEvent id="s" />
            <bpmn:sequenceFlow id="missing" sourceRef="s" targetRef="nowhere" />
            <bpmn:sequenceFlow id="cross" sourceRef="s" targetRef="inner" />
            <bpmn:subProcess id="sub">
              <bpmn:startEvent id="inner" />
            </bpmn:subProcess>
            """);
        AssertError(xml, "missing", "targetRef 'nowhere', which is not a flow node of this process");
        AssertError(xml, "cross", "flows cannot cross sub-process borders");
    }

    [Fact]
    public void Reports_a_process_without_start_event()
    {
        var xml = BpmnText.Process("""<bpmn:task id="t" />""");
        AssertError(xml, "p", "process 'p' has no start event");
    }

    [Fact]
    public void Reports_embedded_sub_process_start_event_problems()
    {
        var xml = BpmnText.Linear("""
            <bpmn:subProcess id="sub">
              <bpmn:task id="inner" />
            </bpmn:subProcess>
            <bpmn:sequenceFlow id="f2" sourceRef="sub" targetRef="sub2" />
            <bpmn:subProcess id="sub2">
              <bpmn:startEvent id="timerStart"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:startEvent>
            </bpmn:subProcess>
            """, "sub", "sub2");
        AssertError(xml, "sub", "embedded sub-process 'sub' needs exactly one none start event (it has 0 start events)");
        AssertError(xml, "timerStart", "the start event of an embedded sub-process must be a none start event");
    }

    [Fact]
    public void Reports_event_sub_process_problems()
    {
        var xml = BpmnText.Linear("""
            <bpmn:subProcess id="esp" triggeredByEvent="true">
              <bpmn:startEvent id="none" />
            </bpmn:subProcess>
            <bpmn:subProcess id="esp2" triggeredByEvent="true">
              <bpmn:startEvent id="err" isInterrupting="false"><bpmn:errorEventDefinition /></bpmn:startEvent>
            </bpmn:subProcess>
            """, "esp", "esp");
        AssertError(xml, "none", "the start event of an event sub-process needs an error, escalation, timer or message definition");
        AssertError(xml, "esp", "event sub-process 'esp' must not have incoming or outgoing sequence flows");
        AssertError(xml, "err", "error events are always interrupting");
    }

    [Fact]
    public void Reports_boundary_event_problems()
    {
        var roots = """<bpmn:error id="known" errorCode="E" />""";
        var xml = BpmnText.Linear("""
            <bpmn:userTask id="t" />
            <bpmn:boundaryEvent id="toGateway" attachedToRef="s"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="badError" attachedToRef="t"><bpmn:errorEventDefinition errorRef="unknown" /></bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="cycle" attachedToRef="t"><bpmn:timerEventDefinition><bpmn:timeCycle>R/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="noDef" attachedToRef="t" />
            <bpmn:boundaryEvent id="signal" attachedToRef="t"><bpmn:signalEventDefinition /></bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="comp" attachedToRef="t"><bpmn:compensateEventDefinition /></bpmn:boundaryEvent>
            """, "t", "t", roots);
        AssertError(xml, "toGateway", "attachedToRef 's', which is not an activity");
        AssertError(xml, "badError", "errorRef 'unknown' does not reference a bpmn:error");
        AssertError(xml, "cycle", "timeCycle is not allowed on an interrupting boundary event");
        AssertError(xml, "noDef", "boundaryEvent needs an event definition");
        AssertError(xml, "signal", "signal events are not supported");
        AssertError(xml, "comp", "compensation is not supported");
    }

    [Fact]
    public void Reports_gateway_problems()
    {
        var xml = BpmnText.Linear("""
            <bpmn:exclusiveGateway id="g" default="elsewhere" />
            <bpmn:sequenceFlow id="a" sourceRef="g" targetRef="fork" />
            <bpmn:sequenceFlow id="b" sourceRef="g" targetRef="fork"><bpmn:conditionExpression>=ok</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="elsewhere" sourceRef="s" targetRef="fork" />
            <bpmn:parallelGateway id="fork" />
            <bpmn:sequenceFlow id="cond" sourceRef="fork" targetRef="ev"><bpmn:conditionExpression>=x</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:eventBasedGateway id="ev" />
            <bpmn:sequenceFlow id="c" sourceRef="ev" targetRef="work" />
            <bpmn:task id="work" />
            """, "g", "work");
        AssertError(xml, "g", "default flow 'elsewhere' of 'g' is not one of its outgoing sequence flows");
        AssertError(xml, "a", "leaves exclusive gateway 'g' without a condition and is not its default flow");
        AssertError(xml, "cond", "its source 'fork' is a parallelGateway");
        AssertError(xml, "ev", "event-based gateway 'ev' leads to 'work' (task)");
    }

    [Fact]
    public void Reports_invalid_feel_with_position_and_juel_by_name()
    {
        var xml = BpmnText.Linear("""
            <bpmn:exclusiveGateway id="g" />
            <bpmn:sequenceFlow id="bad" sourceRef="g" targetRef="t">
              <bpmn:conditionExpression>=amount &gt;&gt; 5</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="juel" sourceRef="g" targetRef="t">
              <bpmn:conditionExpression>${amount > 5}</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="js" sourceRef="g" targetRef="t">
              <bpmn:conditionExpression language="javascript">next(null, true)</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:serviceTask id="t">
              <bpmn:extensionElements>
                <zeebe:taskDefinition type="x" />
                <zeebe:ioMapping><zeebe:input source="=(1 +" target="y" /></zeebe:ioMapping>
              </bpmn:extensionElements>
            </bpmn:serviceTask>
            """, "g", "t");
        var error = AssertError(xml, "bad", "invalid FEEL in conditionExpression at position", "=amount &gt;&gt; 5");
        Assert.Equal("sequenceFlow", error.ElementType);
        AssertError(xml, "juel", "JUEL expressions are not supported in conditionExpression", "${amount > 5}");
        AssertError(xml, "js", "conditionExpression in language 'javascript' is not supported", "language=\"javascript\"");
        AssertError(xml, "t", "invalid FEEL in zeebe:input source of 'y' at position", "zeebe:input");
    }

    [Fact]
    public void Reports_message_catch_without_correlation_key_and_duplicate_link_names()
    {
        var roots = """<bpmn:message id="m" name="ack" />""";
        var xml = BpmnText.Linear("""
            <bpmn:intermediateCatchEvent id="c"><bpmn:messageEventDefinition messageRef="m" /></bpmn:intermediateCatchEvent>
            <bpmn:intermediateCatchEvent id="l1"><bpmn:linkEventDefinition name="L" /></bpmn:intermediateCatchEvent>
            <bpmn:intermediateCatchEvent id="l2"><bpmn:linkEventDefinition name="L" /></bpmn:intermediateCatchEvent>
            """, "c", "c", roots);
        AssertError(xml, "c", "waits for message 'ack', which has no zeebe:subscription correlationKey");
        AssertError(xml, "l2", "link name 'L' is used by two link catch events");
    }

    [Fact]
    public void Reports_start_event_with_incoming_and_end_event_with_outgoing_flows()
    {
        var xml = BpmnText.Process("""
            <bpmn:startEvent id="s" />
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="e" />
            <bpmn:endEvent id="e" />
            <bpmn:sequenceFlow id="back" sourceRef="e" targetRef="s" />
            """);
        AssertError(xml, "s", "start event 's' must not have incoming sequence flows");
        AssertError(xml, "e", "end event 'e' must not have outgoing sequence flows");
    }

    [Fact]
    public void Allows_nodes_without_incoming_flows()
    {
        var xml = BpmnText.Linear("""<bpmn:task id="t" /><bpmn:task id="orphan" />""", "t", "t");
        Assert.Empty(BpmnText.Parse(xml).Errors);
    }

    [Fact]
    public void Message_start_event_with_an_expression_as_message_name_is_rejected()
    {
        var xml = BpmnText.Process("""
            <bpmn:startEvent id="ms"><bpmn:messageEventDefinition messageRef="m" /></bpmn:startEvent>
            <bpmn:endEvent id="e" />
            <bpmn:sequenceFlow id="f" sourceRef="ms" targetRef="e" />
            """, """<bpmn:message id="m" name="=&quot;case-&quot; + kind" />""");
        AssertError(xml, "ms", "message start event 'ms' needs a static message name");
    }
}
