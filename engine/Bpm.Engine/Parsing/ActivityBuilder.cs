using System.Xml.Linq;
using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>Builds tasks, sub-processes and call activities (their nested scopes are filled in by <see cref="ScopeBuilder"/>).</summary>
internal static class ActivityBuilder
{
    /// <summary>Embedded and event sub-processes (their nodes are built by <see cref="ScopeBuilder"/>).</summary>
    public static readonly ElementReader SubProcess = Reader((_, element, c, multiInstance) => new SubProcessNode
    {
        Id = c.Id, Name = c.Name, ElementType = c.Type, Line = c.Line,
        InputMappings = c.Inputs, OutputMappings = c.Outputs, Properties = c.Properties,
        MultiInstance = multiInstance, TriggeredByEvent = element.BoolAttr("triggeredByEvent", false),
    });

    /// <summary>Ad-hoc sub-processes: a sub-process whose inner elements start without a start event (see <see cref="AdHocDefinition"/>).</summary>
    public static readonly ElementReader AdHocSubProcess = Reader((ctx, element, c, multiInstance) => new SubProcessNode
    {
        Id = c.Id, Name = c.Name, ElementType = c.Type, Line = c.Line,
        InputMappings = c.Inputs, OutputMappings = c.Outputs, Properties = c.Properties,
        MultiInstance = multiInstance, AdHoc = ReadAdHoc(ctx, element),
    });

    public static readonly ElementReader CallActivity = Reader(ReadCallActivity);

    /// <summary>A task of one kind: what it carries besides the common parts depends on the kind.</summary>
    public static ElementReader Task(TaskKind kind) => Reader((ctx, element, c, multiInstance) => ReadTask(ctx, element, c, multiInstance, kind));

    /// <summary>What every activity shares: no compensation, an optional loop and default flow.</summary>
    private static ElementReader Reader(Func<ParseContext, XElement, NodeCommon, MultiInstanceDefinition?, Activity> create) =>
        (build, element, c, _) =>
        {
            var ctx = build.Ctx;
            if (element.BoolAttr("isForCompensation", false))
                ctx.Error(element, $"{ElementLabel.Of(element)}是补偿活动（isForCompensation），本引擎不支持补偿");
            var activity = create(ctx, element, c, LoopReader.Read(ctx, element));
            if (element.Attr("default") is { } defaultFlow)
                build.DefaultFlowRefs[activity] = defaultFlow;
            return activity;
        };

    private static AdHocDefinition ReadAdHoc(ParseContext ctx, XElement element)
    {
        var zeebe = element.ZeebeExtension("adHoc");
        return new AdHocDefinition
        {
            ActiveElements = ctx.Expression(element, zeebe?.Attr("activeElementsCollection"), "zeebe:adHoc activeElementsCollection", zeebe),
            CompletionCondition = ConditionReader.Read(ctx, element, element.BpmnChild("completionCondition"), "completionCondition"),
            CancelRemainingInstances = element.BoolAttr("cancelRemainingInstances", true),
        };
    }

    private static Activity ReadCallActivity(ParseContext ctx, XElement element, NodeCommon c, MultiInstanceDefinition? multiInstance)
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

    private static Activity ReadTask(ParseContext ctx, XElement element, NodeCommon c, MultiInstanceDefinition? multiInstance, TaskKind kind)
    {
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
