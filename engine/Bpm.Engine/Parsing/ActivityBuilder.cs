using System.Xml.Linq;
using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>Builds tasks, sub-processes and call activities (their nested scopes are filled in by <see cref="ScopeBuilder"/>).</summary>
internal static class ActivityBuilder
{
    private static readonly Dictionary<string, TaskKind> TaskKinds = new(StringComparer.Ordinal)
    {
        ["task"] = TaskKind.Undefined,
        ["manualTask"] = TaskKind.Manual,
        ["serviceTask"] = TaskKind.Service,
        ["scriptTask"] = TaskKind.Script,
        ["userTask"] = TaskKind.User,
        ["receiveTask"] = TaskKind.Receive,
        ["sendTask"] = TaskKind.Send,
        ["businessRuleTask"] = TaskKind.BusinessRule,
    };

    public static bool IsTask(string localName) => TaskKinds.ContainsKey(localName);

    public static FlowNode Build(ProcessBuild build, XElement element, NodeCommon c)
    {
        var ctx = build.Ctx;
        if (element.BoolAttr("isForCompensation", false))
            ctx.Error(element, $"{ElementLabel.Of(element)}是补偿活动（isForCompensation），本引擎不支持补偿");
        var multiInstance = LoopReader.Read(ctx, element);
        Activity activity = c.Type switch
        {
            "subProcess" => new SubProcessNode
            {
                Id = c.Id, Name = c.Name, ElementType = c.Type, Line = c.Line,
                InputMappings = c.Inputs, OutputMappings = c.Outputs, Properties = c.Properties,
                MultiInstance = multiInstance, TriggeredByEvent = element.BoolAttr("triggeredByEvent", false),
            },
            "callActivity" => CallActivity(ctx, element, c, multiInstance),
            _ => Task(ctx, element, c, multiInstance),
        };
        if (element.Attr("default") is { } defaultFlow)
            build.DefaultFlowRefs[activity] = defaultFlow;
        return activity;
    }

    private static Activity CallActivity(ParseContext ctx, XElement element, NodeCommon c, MultiInstanceDefinition? multiInstance)
    {
        var called = element.ZeebeExtension("calledElement");
        var processId = ctx.Value(element, called?.Attr("processId"), "zeebe:calledElement processId", called);
        if (called?.Attr("processId") is null)
        {
            var hint = element.Attr("calledElement") is { } old ? $"；旧的 calledElement 属性「{old}」不会被读取，请改用 zeebe:calledElement" : "";
            ctx.Error(element, $"{ElementLabel.Of(element)}没有被调用流程（zeebe:calledElement processId）{hint}");
        }
        return new CallActivityNode
        {
            Id = c.Id, Name = c.Name, ElementType = c.Type, Line = c.Line,
            InputMappings = c.Inputs, OutputMappings = c.Outputs, Properties = c.Properties,
            MultiInstance = multiInstance,
            CalledProcessId = processId ?? ctx.Placeholder,
            PropagateAllChildVariables = called?.BoolAttr("propagateAllChildVariables", true) ?? true,
            PropagateAllParentVariables = called?.BoolAttr("propagateAllParentVariables", true) ?? true,
        };
    }

    private static Activity Task(ParseContext ctx, XElement element, NodeCommon c, MultiInstanceDefinition? multiInstance)
    {
        var kind = TaskKinds[c.Type];
        TaskDefinition? taskDefinition = null;
        if (kind is TaskKind.Service or TaskKind.Send)
        {
            taskDefinition = ZeebeExtensionReader.TaskDefinition(ctx, element);
            if (taskDefinition is null)
                ctx.Error(element, $"{ElementLabel.Of(element)}没有任务类型（zeebe:taskDefinition type）");
        }
        var (script, resultVariable) = kind == TaskKind.Script ? Script(ctx, element, c) : (null, null);
        var message = kind == TaskKind.Receive ? ReceiveMessage(ctx, element, c) : null;
        var calledDecision = kind == TaskKind.BusinessRule ? CalledDecisionReader.Read(ctx, element, c.Id) : null;
        return new TaskNode
        {
            Id = c.Id, Name = c.Name, ElementType = c.Type, Line = c.Line,
            InputMappings = c.Inputs, OutputMappings = c.Outputs, Properties = c.Properties,
            MultiInstance = multiInstance,
            Kind = kind,
            TaskDefinition = taskDefinition,
            Headers = ZeebeExtensionReader.Headers(element),
            Script = script,
            ResultVariable = resultVariable,
            UserTask = kind == TaskKind.User ? ZeebeExtensionReader.UserTask(ctx, element) : null,
            Message = message,
            CalledDecision = calledDecision,
        };
    }

    private static (Expressions.FeelExpression? Script, string? ResultVariable) Script(ParseContext ctx, XElement element, NodeCommon c)
    {
        if (element.ZeebeExtension("script") is { } zeebeScript && zeebeScript.Attr("expression") is { } expression)
            return (ctx.Expression(element, expression, "zeebe:script expression", zeebeScript), zeebeScript.Attr("resultVariable"));
        var format = element.Attr("scriptFormat");
        var body = element.BpmnChild("script");
        if (format is not null && format.Equals("feel", StringComparison.OrdinalIgnoreCase) && body.TrimmedText() is { } text)
            return (ctx.Expression(element, text, "script", body), element.Attr("resultVariable"));
        var reason = format is null ? "" : $"；不支持脚本格式（scriptFormat）「{format}」";
        ctx.Error(element, $"{ElementLabel.Of(element)}须有 FEEL 脚本表达式（zeebe:script expression）{reason}");
        return (null, null);
    }

    private static EventDefinition ReceiveMessage(ParseContext ctx, XElement element, NodeCommon c)
    {
        var message = EventDefinitionReader.Message(ctx, element, element.Attr("messageRef"), element);
        if (message.Name is null)
            ctx.Error(element, $"{ElementLabel.Of(element)}没有消息名称：须通过 messageRef 引用一个有名称的 bpmn:message");
        else if (message.CorrelationKey is null)
            ctx.Error(element, $"{ElementLabel.Of(element)}等待的消息「{message.Name}」没有关联键（zeebe:subscription correlationKey）");
        return message;
    }
}
