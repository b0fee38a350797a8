using Bpm.Engine.Model;

namespace Bpm.Engine.Tests.Parsing;

public class ElementMappingTests
{
    private static ProcessModel ParseValid(string xml)
    {
        var result = BpmnText.Parse(xml);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return Assert.Single(result.Processes);
    }

    [Fact]
    public void Builds_a_linear_process_with_lines_types_scopes_and_flows()
    {
        var xml = BpmnText.Linear("""<bpmn:task id="t" name="Do it" />""", "t", "t");
        var process = ParseValid(xml);

        Assert.Equal("p", process.Id);
        Assert.Equal("Test", process.Name);
        var task = Assert.IsType<TaskNode>(process.Node("t"));
        Assert.Equal(TaskKind.Undefined, task.Kind);
        Assert.Equal("task", task.ElementType);
        Assert.Equal("Do it", task.Name);
        Assert.Equal(BpmnText.LineOf(xml, "id=\"t\""), task.Line);
        Assert.Same(process, task.Scope);
        Assert.Equal("f_s", Assert.Single(task.Incoming).Id);
        Assert.Equal("f_e", Assert.Single(task.Outgoing).Id);
        var start = Assert.Single(process.NoneStartEvents);
        Assert.Equal("s", start.Id);
        Assert.Same(task, start.Outgoing[0].Target);
        Assert.Equal(5, process.ElementsById.Count);
        Assert.Equal(3, process.Nodes.Count);
        Assert.All(process.ElementsById.Values, e => Assert.Same(process, e.Scope));
    }

    [Fact]
    public void Wires_flows_from_source_and_target_refs_not_from_incoming_children()
    {
        var xml = BpmnText.Linear("""
            <bpmn:task id="t"><bpmn:incoming>bogus</bpmn:incoming><bpmn:outgoing>f_e</bpmn:outgoing><bpmn:outgoing>other</bpmn:outgoing></bpmn:task>
            """, "t", "t");
        var task = ParseValid(xml).Node("t");
        Assert.Equal(["f_s"], task.Incoming.Select(f => f.Id));
        Assert.Equal(["f_e"], task.Outgoing.Select(f => f.Id));
    }

    [Theory]
    [InlineData("manualTask", TaskKind.Manual)]
    [InlineData("userTask", TaskKind.User)]
    [InlineData("task", TaskKind.Undefined)]
    public void Maps_task_kinds(string element, TaskKind kind)
    {
        var task = Assert.IsType<TaskNode>(ParseValid(BpmnText.Linear($"""<bpmn:{element} id="t" />""", "t", "t")).Node("t"));
        Assert.Equal(kind, task.Kind);
        Assert.Equal(element, task.ElementType);
    }

    [Fact]
    public void Reads_service_task_definition_headers_mappings_and_properties()
    {
        var xml = BpmnText.Linear("""
            <bpmn:serviceTask id="t">
              <bpmn:extensionElements>
                <zeebe:taskDefinition type="publish-decision" retries="5" />
                <zeebe:taskHeaders><zeebe:header key="channel" value="web" /></zeebe:taskHeaders>
                <zeebe:ioMapping>
                  <zeebe:input source="=case.id" target="caseId" />
                  <zeebe:input source="fixed" target="mode" />
                  <zeebe:output source="=result" target="decision.result" />
                </zeebe:ioMapping>
                <zeebe:properties><zeebe:property name="category" value="disclosure" /></zeebe:properties>
              </bpmn:extensionElements>
            </bpmn:serviceTask>
            """, "t", "t");
        var task = Assert.IsType<TaskNode>(ParseValid(xml).Node("t"));

        Assert.Equal(TaskKind.Service, task.Kind);
        Assert.NotNull(task.TaskDefinition);
        Assert.True(task.TaskDefinition.Type.IsStatic);
        Assert.Equal("publish-decision", task.TaskDefinition.Type.Source);
        Assert.Equal("5", task.TaskDefinition.Retries.Source);
        Assert.Equal("web", task.Headers["channel"]);
        Assert.Equal("disclosure", task.Properties["category"]);
        Assert.Equal(["caseId", "mode"], task.InputMappings.Select(m => m.Target));
        Assert.False(task.InputMappings[0].Source.IsStatic);
        Assert.True(task.InputMappings[1].Source.IsStatic);
        Assert.Equal("decision.result", Assert.Single(task.OutputMappings).Target);
    }

    [Fact]
    public void Task_definition_retries_default_to_three()
    {
        var xml = BpmnText.Linear("""
            <bpmn:sendTask id="t"><bpmn:extensionElements><zeebe:taskDefinition type="=channel" /></bpmn:extensionElements></bpmn:sendTask>
            """, "t", "t");
        var process = ParseValid(xml);
        var task = Assert.IsType<TaskNode>(process.Node("t"));
        Assert.Equal(TaskKind.Send, task.Kind);
        Assert.Equal("3", task.TaskDefinition!.Retries.Source);
        Assert.False(task.TaskDefinition.Type.IsStatic);
        var usage = Assert.Single(Bpm.Engine.Parsing.TaskTypes.Of(process));
        Assert.Same(task, usage.Node);
    }

    [Fact]
    public void Reads_script_task_from_zeebe_script_and_from_feel_script_body()
    {
        var xml = BpmnText.Linear("""
            <bpmn:scriptTask id="a"><bpmn:extensionElements><zeebe:script expression="=x + 1" resultVariable="y" /></bpmn:extensionElements></bpmn:scriptTask>
            <bpmn:sequenceFlow id="ab" sourceRef="a" targetRef="b" />
            <bpmn:scriptTask id="b" scriptFormat="feel"><bpmn:script>x * 2</bpmn:script></bpmn:scriptTask>
            """, "a", "b");
        var process = ParseValid(xml);
        var a = Assert.IsType<TaskNode>(process.Node("a"));
        Assert.Equal(TaskKind.Script, a.Kind);
        Assert.NotNull(a.Script);
        Assert.Equal("y", a.ResultVariable);
        Assert.NotNull(Assert.IsType<TaskNode>(process.Node("b")).Script);
    }

    [Fact]
    public void Reads_user_task_assignment_schedule_priority_and_form()
    {
        var xml = BpmnText.Linear("""
            <bpmn:userTask id="t">
              <bpmn:extensionElements>
                <zeebe:userTask />
                <zeebe:assignmentDefinition assignee="=initiator" candidateGroups="legal,heads" candidateUsers="=[&quot;a&quot;]" />
                <zeebe:taskSchedule dueDate="=now() + duration(&quot;P3D&quot;)" followUpDate="2025-01-01T00:00:00Z" />
                <zeebe:priorityDefinition priority="80" />
                <zeebe:formDefinition formId="review-form" />
              </bpmn:extensionElements>
            </bpmn:userTask>
            """, "t", "t");
        var definition = Assert.IsType<TaskNode>(ParseValid(xml).Node("t")).UserTask;
        Assert.NotNull(definition);
        Assert.False(definition.Assignee!.IsStatic);
        Assert.Equal("legal,heads", definition.CandidateGroups!.Source);
        Assert.NotNull(definition.CandidateUsers);
        Assert.NotNull(definition.DueDate);
        Assert.True(definition.FollowUpDate!.IsStatic);
        Assert.Equal("80", definition.Priority!.Source);
        Assert.Equal("review-form", definition.FormId);
        Assert.Null(definition.FormKey);
    }

    [Fact]
    public void Reads_receive_task_message_with_correlation_key()
    {
        var roots = """
            <bpmn:message id="m" name="review-opinion"><bpmn:extensionElements><zeebe:subscription correlationKey="=caseId" /></bpmn:extensionElements></bpmn:message>
            """;
        var xml = BpmnText.Linear("""<bpmn:receiveTask id="t" messageRef="m" />""", "t", "t", roots);
        var task = Assert.IsType<TaskNode>(ParseValid(xml).Node("t"));
        Assert.Equal(TaskKind.Receive, task.Kind);
        Assert.Equal(EventKind.Message, task.Message!.Kind);
        Assert.Equal("review-opinion", task.Message.Name);
        Assert.Null(task.Message.MessageNameExpression);
        Assert.NotNull(task.Message.CorrelationKey);
    }

    [Fact]
    public void Reads_gateways_with_conditions_and_default_flow()
    {
        var xml = BpmnText.Linear("""
            <bpmn:exclusiveGateway id="g" default="toLow" />
            <bpmn:sequenceFlow id="toHigh" sourceRef="g" targetRef="j"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=amount &gt;= 10000</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="toMid" sourceRef="g" targetRef="j"><bpmn:conditionExpression>amount &gt; 5</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="toLow" sourceRef="g" targetRef="j" />
            <bpmn:inclusiveGateway id="j" />
            """, "g", "j");
        var process = ParseValid(xml);
        var gateway = Assert.IsType<Gateway>(process.Node("g"));
        Assert.Equal(GatewayKind.Exclusive, gateway.Kind);
        Assert.Equal("toLow", gateway.DefaultFlow!.Id);
        var flows = gateway.Outgoing.ToDictionary(f => f.Id);
        Assert.True(flows["toLow"].IsDefault);
        Assert.False(flows["toHigh"].IsDefault);
        Assert.NotNull(flows["toHigh"].Condition);
        Assert.NotNull(flows["toMid"].Condition);
        Assert.Null(flows["toLow"].Condition);
        Assert.Equal(GatewayKind.Inclusive, Assert.IsType<Gateway>(process.Node("j")).Kind);
        Assert.Equal(3, process.Node("j").Incoming.Count);
    }

    [Fact]
    public void Reads_parallel_and_event_based_gateways()
    {
        var roots = """
            <bpmn:message id="m" name="ack"><bpmn:extensionElements><zeebe:subscription correlationKey="=caseId" /></bpmn:extensionElements></bpmn:message>
            """;
        var xml = BpmnText.Linear("""
            <bpmn:parallelGateway id="fork" />
            <bpmn:sequenceFlow id="a" sourceRef="fork" targetRef="ev" />
            <bpmn:eventBasedGateway id="ev" />
            <bpmn:sequenceFlow id="b" sourceRef="ev" targetRef="msg" />
            <bpmn:sequenceFlow id="c" sourceRef="ev" targetRef="timer" />
            <bpmn:intermediateCatchEvent id="msg"><bpmn:messageEventDefinition messageRef="m" /></bpmn:intermediateCatchEvent>
            <bpmn:intermediateCatchEvent id="timer"><bpmn:timerEventDefinition><bpmn:timeDuration>P15D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="d" sourceRef="msg" targetRef="join" />
            <bpmn:sequenceFlow id="g" sourceRef="timer" targetRef="join" />
            <bpmn:exclusiveGateway id="join" />
            """, "fork", "join", roots);
        var process = ParseValid(xml);
        Assert.Equal(GatewayKind.Parallel, Assert.IsType<Gateway>(process.Node("fork")).Kind);
        Assert.Equal(GatewayKind.EventBased, Assert.IsType<Gateway>(process.Node("ev")).Kind);
        var timer = Assert.IsType<IntermediateCatchEvent>(process.Node("timer")).Event.Timer!;
        Assert.Equal(TimerKind.Duration, timer.Kind);
        Assert.Equal("P15D", timer.Text);
        Assert.True(timer.Expression.IsStatic);
        var message = Assert.IsType<IntermediateCatchEvent>(process.Node("msg")).Event;
        Assert.Equal("ack", message.Name);
    }

    [Fact]
    public void Reads_embedded_and_event_sub_processes_with_nested_scopes()
    {
        var roots = """<bpmn:error id="err" name="Rejected" errorCode="REJECTED" />""";
        var xml = BpmnText.Linear("""
            <bpmn:subProcess id="sub">
              <bpmn:startEvent id="s2" />
              <bpmn:sequenceFlow id="f2" sourceRef="s2" targetRef="e2" />
              <bpmn:endEvent id="e2"><bpmn:errorEventDefinition errorRef="err" /></bpmn:endEvent>
            </bpmn:subProcess>
            <bpmn:subProcess id="esp" triggeredByEvent="true">
              <bpmn:startEvent id="es" isInterrupting="true"><bpmn:errorEventDefinition /></bpmn:startEvent>
              <bpmn:sequenceFlow id="f3" sourceRef="es" targetRef="ee" />
              <bpmn:endEvent id="ee" />
            </bpmn:subProcess>
            """, "sub", "sub", roots);
        var process = ParseValid(xml);
        var sub = Assert.IsType<SubProcessNode>(process.Node("sub"));
        Assert.False(sub.TriggeredByEvent);
        Assert.Equal(2, sub.Nodes.Count);
        Assert.Same(sub, process.ElementsById["s2"].Scope);
        Assert.Same(sub, process.ElementsById["f2"].Scope);
        Assert.Equal("s2", Assert.Single(sub.NoneStartEvents).Id);
        var end = Assert.IsType<EndEvent>(process.Node("e2"));
        Assert.Equal(EventKind.Error, end.Event!.Kind);
        Assert.Equal("REJECTED", end.Event.Code);

        var esp = Assert.Single(process.EventSubProcesses);
        Assert.Equal("esp", esp.Id);
        Assert.True(esp.TriggeredByEvent);
        Assert.Empty(esp.NoneStartEvents);
        var trigger = esp.TriggerStart!;
        Assert.Equal(EventKind.Error, trigger.Event!.Kind);
        Assert.Null(trigger.Event.Code);
    }

    [Fact]
    public void Reads_boundary_events_attached_to_their_activity()
    {
        var roots = """
            <bpmn:error id="err" errorCode="E1" />
            <bpmn:escalation id="esc" escalationCode="LATE" />
            """;
        var xml = BpmnText.Linear("""
            <bpmn:userTask id="t" />
            <bpmn:boundaryEvent id="b1" attachedToRef="t"><bpmn:errorEventDefinition errorRef="err" /></bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="b2" attachedToRef="t" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeCycle>R3/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="b3" attachedToRef="t" cancelActivity="false"><bpmn:escalationEventDefinition escalationRef="esc" /></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="fb1" sourceRef="b1" targetRef="e" />
            """, "t", "t", roots);
        var process = ParseValid(xml);
        var task = Assert.IsType<TaskNode>(process.Node("t"));
        Assert.Equal(["b1", "b2", "b3"], task.BoundaryEvents.Select(b => b.Id));
        var b1 = task.BoundaryEvents[0];
        Assert.Same(task, b1.AttachedTo);
        Assert.True(b1.CancelActivity);
        Assert.Equal("E1", b1.Event.Code);
        Assert.False(task.BoundaryEvents[1].CancelActivity);
        Assert.Equal(TimerKind.Cycle, task.BoundaryEvents[1].Event.Timer!.Kind);
        Assert.Equal("LATE", task.BoundaryEvents[2].Event.Code);
        Assert.Equal(2, process.Node("e").Incoming.Count);
    }

    [Fact]
    public void Reads_start_end_and_throw_event_kinds()
    {
        var roots = """
            <bpmn:message id="m" name="case-opened" />
            <bpmn:message id="m2" name="=&quot;case-&quot; + kind" />
            <bpmn:escalation id="esc" escalationCode="LATE" />
            """;
        var xml = BpmnText.Process("""
            <bpmn:startEvent id="ms"><bpmn:messageEventDefinition messageRef="m" /></bpmn:startEvent>
            <bpmn:startEvent id="ts"><bpmn:timerEventDefinition><bpmn:timeDate>2025-03-01T09:00:00+08:00</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:startEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="ms" targetRef="esc1" />
            <bpmn:sequenceFlow id="f2" sourceRef="ts" targetRef="esc1" />
            <bpmn:intermediateThrowEvent id="esc1"><bpmn:escalationEventDefinition escalationRef="esc" /></bpmn:intermediateThrowEvent>
            <bpmn:sequenceFlow id="f3" sourceRef="esc1" targetRef="send" />
            <bpmn:intermediateThrowEvent id="send">
              <bpmn:extensionElements><zeebe:taskDefinition type="notify" /></bpmn:extensionElements>
              <bpmn:messageEventDefinition messageRef="m2" />
            </bpmn:intermediateThrowEvent>
            <bpmn:sequenceFlow id="f4" sourceRef="send" targetRef="end" />
            <bpmn:endEvent id="end"><bpmn:terminateEventDefinition /></bpmn:endEvent>
            <bpmn:endEvent id="msgEnd">
              <bpmn:extensionElements><zeebe:taskDefinition type="report" /></bpmn:extensionElements>
              <bpmn:messageEventDefinition />
            </bpmn:endEvent>
            """, roots);
        var process = ParseValid(xml);
        Assert.Empty(process.NoneStartEvents);
        var ms = Assert.IsType<StartEvent>(process.Node("ms"));
        Assert.Equal(EventKind.Message, ms.Event!.Kind);
        Assert.Equal("case-opened", ms.Event.Name);
        Assert.Null(ms.Event.MessageNameExpression);
        Assert.NotNull(Assert.IsType<IntermediateThrowEvent>(process.Node("send")).Event!.MessageNameExpression);
        Assert.Equal(TimerKind.Date, Assert.IsType<StartEvent>(process.Node("ts")).Event!.Timer!.Kind);
        Assert.Equal("LATE", Assert.IsType<IntermediateThrowEvent>(process.Node("esc1")).Event!.Code);
        Assert.Equal("notify", Assert.IsType<IntermediateThrowEvent>(process.Node("send")).TaskDefinition!.Type.Source);
        Assert.Equal(EventKind.Terminate, Assert.IsType<EndEvent>(process.Node("end")).Event!.Kind);
        Assert.Equal(["notify", "report"], Bpm.Engine.Parsing.TaskTypes.Of(process).Select(u => u.Type.Source));
    }

    [Fact]
    public void Reads_link_events_into_link_targets()
    {
        var xml = BpmnText.Process("""
            <bpmn:startEvent id="s" />
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="throw" />
            <bpmn:intermediateThrowEvent id="throw"><bpmn:linkEventDefinition name="jump" /></bpmn:intermediateThrowEvent>
            <bpmn:intermediateCatchEvent id="catch"><bpmn:linkEventDefinition name="jump" /></bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="catch" targetRef="e" />
            <bpmn:endEvent id="e" />
            """);
        var process = ParseValid(xml);
        Assert.Equal("catch", process.LinkTargets["jump"].Id);
        Assert.Equal("jump", Assert.IsType<IntermediateThrowEvent>(process.Node("throw")).Event!.Name);
    }

    [Fact]
    public void Reads_call_activity_and_multi_instance()
    {
        var xml = BpmnText.Linear("""
            <bpmn:callActivity id="call" default="fd">
              <bpmn:extensionElements><zeebe:calledElement processId="penalty-filing" propagateAllChildVariables="false" /></bpmn:extensionElements>
              <bpmn:multiInstanceLoopCharacteristics isSequential="true">
                <bpmn:extensionElements>
                  <zeebe:loopCharacteristics inputCollection="=parties" inputElement="party" outputCollection="results" outputElement="=result" />
                </bpmn:extensionElements>
                <bpmn:completionCondition>=count(results) &gt;= 2</bpmn:completionCondition>
              </bpmn:multiInstanceLoopCharacteristics>
            </bpmn:callActivity>
            <bpmn:sequenceFlow id="fd" sourceRef="call" targetRef="e" />
            """, "call", "call");
        var call = Assert.IsType<CallActivityNode>(ParseValid(xml).Node("call"));
        Assert.Equal("penalty-filing", call.CalledProcessId.Source);
        Assert.False(call.PropagateAllChildVariables);
        Assert.True(call.PropagateAllParentVariables);
        Assert.Equal("fd", call.DefaultFlow!.Id);
        var mi = call.MultiInstance!;
        Assert.True(mi.IsSequential);
        Assert.Equal("party", mi.InputElement);
        Assert.Equal("results", mi.OutputCollection);
        Assert.NotNull(mi.OutputElement);
        Assert.NotNull(mi.CompletionCondition);
    }

    [Fact]
    public void Ignores_lanes_collaboration_annotations_data_and_unknown_extensions()
    {
        var xml = $"""
            {BpmnText.Header}
              <bpmn:collaboration id="c"><bpmn:participant id="part" processRef="p" /><bpmn:messageFlow id="mf" sourceRef="part" targetRef="part" /></bpmn:collaboration>
              <bpmn:process id="p" isExecutable="true">
                <bpmn:documentation>doc</bpmn:documentation>
                <bpmn:extensionElements><other:thing xmlns:other="urn:other" /></bpmn:extensionElements>
                <bpmn:laneSet id="ls"><bpmn:lane id="lane"><bpmn:flowNodeRef>s</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
                <bpmn:dataObject id="do" />
                <bpmn:dataObjectReference id="dor" dataObjectRef="do" />
                <bpmn:textAnnotation id="ta"><bpmn:text>note</bpmn:text></bpmn:textAnnotation>
                <bpmn:association id="as" sourceRef="s" targetRef="ta" />
                <bpmn:group id="grp" />
                <bpmn:startEvent id="s" />
                <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e" />
                <bpmn:endEvent id="e" />
              </bpmn:process>
            </bpmn:definitions>
            """;
        var process = ParseValid(xml);
        Assert.Equal(3, process.ElementsById.Count);
    }

    [Fact]
    public void Returns_non_executable_processes_without_judging_them()
    {
        var xml = $"""
            {BpmnText.Header}
              <bpmn:process id="doc" isExecutable="false"><bpmn:complexGateway id="cg" /></bpmn:process>
              <bpmn:process id="p" isExecutable="true"><bpmn:startEvent id="s" /></bpmn:process>
            </bpmn:definitions>
            """;
        var result = BpmnText.Parse(xml);
        Assert.Empty(result.Errors);
        Assert.Equal(["doc", "p"], result.Processes.Select(p => p.Id));
        Assert.False(result.Processes[0].IsExecutable);
        Assert.Equal("p", Assert.Single(result.ExecutableProcesses).Id);
    }
}
