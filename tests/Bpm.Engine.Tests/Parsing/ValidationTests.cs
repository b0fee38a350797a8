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
    [InlineData("""<bpmn:complexGateway id="x" />""", "复杂网关「x」：本引擎不支持此类元素")]
    [InlineData("""<bpmn:businessRuleTask id="x" />""", "业务规则任务「x」须同时填写被调用决策（zeebe:calledDecision decisionId）和结果变量（resultVariable）")]
    [InlineData("""<bpmn:businessRuleTask id="x"><bpmn:extensionElements><zeebe:calledDecision decisionId="d" /></bpmn:extensionElements></bpmn:businessRuleTask>""", "业务规则任务「x」须同时填写被调用决策（zeebe:calledDecision decisionId）和结果变量（resultVariable）")]
    [InlineData("""<bpmn:businessRuleTask id="x"><bpmn:extensionElements><zeebe:calledDecision decisionId="=violation +" resultVariable="r" /></bpmn:extensionElements></bpmn:businessRuleTask>""", "业务规则任务「x」的 zeebe:calledDecision decisionId 不是有效的 FEEL")]
    [InlineData("""<bpmn:transaction id="x" />""", "事务子流程「x」：本引擎不支持此类元素")]
    [InlineData("""<bpmn:adHocSubProcess id="x"><bpmn:startEvent id="x_start" /><bpmn:task id="x_step" /></bpmn:adHocSubProcess>""", "临时子流程「x」内不能有开始事件：其内部元素没有进入的顺序流，按需启动；请删除开始事件「x_start」")]
    [InlineData("""<bpmn:serviceTask id="x" />""", "服务任务「x」没有任务类型（zeebe:taskDefinition type）")]
    [InlineData("""<bpmn:sendTask id="x" />""", "发送任务「x」没有任务类型（zeebe:taskDefinition type）")]
    [InlineData("""<bpmn:scriptTask id="x" scriptFormat="javascript"><bpmn:script>next()</bpmn:script></bpmn:scriptTask>""", "脚本任务「x」须有 FEEL 脚本表达式（zeebe:script expression）；不支持脚本格式（scriptFormat）「javascript」")]
    [InlineData("""<bpmn:callActivity id="x" calledElement="other" />""", "调用活动「x」没有被调用流程（zeebe:calledElement processId）；旧的 calledElement 属性「other」不会被读取")]
    [InlineData("""<bpmn:task id="x"><bpmn:standardLoopCharacteristics /></bpmn:task>""", "任务「x」使用了循环活动（standardLoopCharacteristics），不受支持")]
    [InlineData("""<bpmn:task id="x"><bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>3</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:task>""", "任务「x」的多实例缺少 zeebe:loopCharacteristics inputCollection；也不支持 loopCardinality")]
    [InlineData("""<bpmn:task id="x" isForCompensation="true" />""", "任务「x」是补偿活动（isForCompensation），本引擎不支持补偿")]
    [InlineData("""<bpmn:receiveTask id="x" />""", "接收任务「x」没有消息名称")]
    [InlineData("""<bpmn:userTask id="x" camunda:assignee="${initiator}" />""", "用户任务「x」使用了不支持的 Camunda 7/Activiti 扩展：camunda:assignee")]
    [InlineData("""<bpmn:intermediateThrowEvent id="x"><bpmn:signalEventDefinition /></bpmn:intermediateThrowEvent>""", "中间抛出事件「x」是信号事件，不受支持")]
    [InlineData("""<bpmn:intermediateCatchEvent id="x"><bpmn:conditionalEventDefinition /></bpmn:intermediateCatchEvent>""", "中间捕获事件「x」是条件事件，不受支持")]
    [InlineData("""<bpmn:intermediateThrowEvent id="x"><bpmn:compensateEventDefinition /></bpmn:intermediateThrowEvent>""", "中间抛出事件「x」是补偿事件，本引擎不支持补偿")]
    [InlineData("""<bpmn:intermediateCatchEvent id="x" />""", "中间捕获事件「x」须有事件定义（消息、定时、链接）")]
    [InlineData("""<bpmn:intermediateCatchEvent id="x"><bpmn:messageEventDefinition /></bpmn:intermediateCatchEvent>""", "中间捕获事件「x」没有消息名称")]
    [InlineData("""<bpmn:intermediateCatchEvent id="x"><bpmn:timerEventDefinition><bpmn:timeCycle>R/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""", "中间捕获事件「x」不能使用 timeCycle")]
    [InlineData("""<bpmn:intermediateCatchEvent id="x"><bpmn:timerEventDefinition><bpmn:timeDuration>soon</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""", "中间捕获事件「x」的 timeDuration「soon」既不是有效的 ISO 8601 时长")]
    [InlineData("""<bpmn:intermediateCatchEvent id="x"><bpmn:timerEventDefinition><bpmn:timeDuration>${delay}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""", "中间捕获事件「x」的 timeDuration「${delay}」是 JUEL 表达式，不受支持")]
    [InlineData("""<bpmn:intermediateCatchEvent id="x"><bpmn:timerEventDefinition /></bpmn:intermediateCatchEvent>""", "中间捕获事件「x」的定时器须有且只有 timeDate、timeDuration、timeCycle 之一")]
    [InlineData("""<bpmn:intermediateThrowEvent id="x"><bpmn:messageEventDefinition /></bpmn:intermediateThrowEvent>""", "消息抛出事件「x」没有任务类型（zeebe:taskDefinition type）")]
    [InlineData("""<bpmn:intermediateThrowEvent id="x"><bpmn:linkEventDefinition name="nowhere" /></bpmn:intermediateThrowEvent>""", "链接抛出事件「x」在同一范围内找不到名为「nowhere」的链接捕获事件")]
    [InlineData("""<bpmn:intermediateThrowEvent id="x"><bpmn:messageEventDefinition /><bpmn:timerEventDefinition /></bpmn:intermediateThrowEvent>""", "中间抛出事件「x」有不止一个事件定义")]
    [InlineData("""<bpmn:endEvent id="x"><bpmn:errorEventDefinition /></bpmn:endEvent>""", "错误结束事件「x」须通过 errorRef 引用一个有 errorCode 的 bpmn:error")]
    [InlineData("""<bpmn:endEvent id="x"><bpmn:signalEventDefinition /></bpmn:endEvent>""", "结束事件「x」是信号事件，不受支持")]
    [InlineData("""<bpmn:endEvent id="x"><bpmn:cancelEventDefinition /></bpmn:endEvent>""", "结束事件「x」是取消事件，不受支持")]
    [InlineData("""<bpmn:startEvent id="x"><bpmn:errorEventDefinition /></bpmn:startEvent>""", "开始事件「x」：错误开始事件只能用在事件子流程中")]
    [InlineData("""<bpmn:startEvent id="x"><bpmn:signalEventDefinition /></bpmn:startEvent>""", "开始事件「x」是信号事件，不受支持")]
    [InlineData("""<bpmn:choreographyTask id="x" />""", "choreographyTask「x」：本引擎不支持此类元素")]
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
        Assert.StartsWith("「test.bpmn」不是格式正确的 XML（第 4 行", error.Message);
        Assert.Equal(4, error.Line);
        Assert.Empty(result.Processes);
    }

    [Fact]
    public void Reports_empty_input_and_a_document_that_is_not_bpmn()
    {
        Assert.Single(BpmnText.Parser().Parse("empty.bpmn", []).Errors);
        var error = Assert.Single(BpmnText.Parse("<html><body /></html>").Errors);
        Assert.Contains("不是 BPMN 2.0 定义文档", error.Message);
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
        Assert.Contains("没有可执行的流程", error.Message);
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
        AssertError(xml, "s", "ID「s」重复：", "name=\"dup\"");
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
        AssertError(xml, "missing", "顺序流「missing」的终点「nowhere」不是本流程的节点");
        AssertError(xml, "cross", "顺序流「cross」连到了另一个子流程中的开始事件「inner」；顺序流不能跨越子流程边界");
    }

    [Fact]
    public void Reports_a_process_without_start_event()
    {
        var xml = BpmnText.Process("""<bpmn:task id="t" />""");
        AssertError(xml, "p", "没有开始事件");
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
        AssertError(xml, "sub", "子流程「sub」须有且只有一个空开始事件，现有 0 个");
        AssertError(xml, "timerStart", "开始事件「timerStart」是嵌入子流程的开始事件，只能是空开始事件");
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
        AssertError(xml, "none", "开始事件「none」是事件子流程的开始事件，须有错误、升级、定时或消息定义");
        AssertError(xml, "esp", "事件子流程「esp」不能有进入或离开的顺序流");
        AssertError(xml, "err", "开始事件「err」是错误事件，总是中断的");
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
        AssertError(xml, "toGateway", "边界事件「toGateway」附着的「s」不是本流程的活动");
        AssertError(xml, "badError", "边界事件「badError」的 errorRef「unknown」没有指向任何 bpmn:error");
        AssertError(xml, "cycle", "中断边界事件「cycle」不能使用 timeCycle");
        AssertError(xml, "noDef", "边界事件「noDef」须有事件定义（消息、定时、错误、升级）");
        AssertError(xml, "signal", "边界事件「signal」是信号事件，不受支持");
        AssertError(xml, "comp", "边界事件「comp」是补偿事件，本引擎不支持补偿");
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
        AssertError(xml, "g", "排他网关「g」的默认出口「elsewhere」不是它的出口");
        AssertError(xml, "a", "排他网关「g」的出口「a」没有条件，也不是默认出口");
        AssertError(xml, "cond", "并行网关「fork」的出口「cond」不能带条件");
        AssertError(xml, "ev", "事件网关「ev」通向任务「work」");
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
        var error = AssertError(xml, "bad", "顺序流「bad」的 conditionExpression 不是有效的 FEEL（位置", "=amount &gt;&gt; 5");
        Assert.Equal("sequenceFlow", error.ElementType);
        AssertError(xml, "juel", "顺序流「juel」的 conditionExpression「${amount > 5}」是 JUEL 表达式，不受支持", "${amount > 5}");
        AssertError(xml, "js", "顺序流「js」的 conditionExpression 使用了不支持的表达式语言「javascript」", "language=\"javascript\"");
        AssertError(xml, "t", "服务任务「t」的 zeebe:input「y」的 source 不是有效的 FEEL（位置", "zeebe:input");
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
        AssertError(xml, "c", "中间捕获事件「c」等待的消息「ack」没有关联键（zeebe:subscription correlationKey）");
        AssertError(xml, "l2", "链接名称「L」在同一范围内被两个链接捕获事件使用：「l1」和「l2」");
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
        AssertError(xml, "s", "开始事件「s」不能有进入的顺序流");
        AssertError(xml, "e", "结束事件「e」不能有出口");
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
        AssertError(xml, "ms", "消息开始事件「ms」须使用固定的消息名称");
    }
}
