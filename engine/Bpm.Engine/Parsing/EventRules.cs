using System.Xml.Linq;
using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>Which event definitions the runtime executes in which position, and what each one must specify.</summary>
internal static class EventRules
{
    private static readonly Dictionary<EventRole, EventKind[]> Allowed = new()
    {
        [EventRole.ProcessStart] = [EventKind.None, EventKind.Message, EventKind.Timer],
        [EventRole.SubProcessStart] = [EventKind.None],
        [EventRole.EventSubProcessStart] = [EventKind.Error, EventKind.Escalation, EventKind.Timer, EventKind.Message],
        [EventRole.End] = [EventKind.None, EventKind.Terminate, EventKind.Error, EventKind.Escalation, EventKind.Message],
        [EventRole.Catch] = [EventKind.Message, EventKind.Timer, EventKind.Link],
        [EventRole.Throw] = [EventKind.None, EventKind.Escalation, EventKind.Link, EventKind.Message],
        [EventRole.Boundary] = [EventKind.Error, EventKind.Escalation, EventKind.Timer, EventKind.Message],
    };

    public static void Check(ParseContext ctx, XElement element, EventDefinition? definition, EventRole role, bool interrupting)
    {
        var kind = definition?.Kind ?? EventKind.None;
        if (!Allowed[role].Contains(kind))
        {
            ctx.Error(element, ElementLabel.Of(element) + NotAllowed(kind, role));
            return;
        }
        if (definition is null)
            return;
        var type = element.Name.LocalName;
        var id = element.Attr("id");
        switch (kind)
        {
            case EventKind.Message when role is not (EventRole.End or EventRole.Throw):
                if (definition.Name is null)
                    ctx.Error(element, $"{ElementLabel.Of(element)}没有消息名称：其 messageEventDefinition 须通过 messageRef 引用一个有名称的 bpmn:message");
                else if (role == EventRole.ProcessStart && definition.MessageNameExpression is not null)
                    ctx.Error(element, $"消息开始事件{ElementLabel.Name(id ?? "?", element.Attr("name"))}须使用固定的消息名称（此时还没有实例可以计算「{definition.Name}」）");
                else if (definition.CorrelationKey is null && role is not (EventRole.ProcessStart or EventRole.EventSubProcessStart))
                    ctx.Error(element, $"{ElementLabel.Of(element)}等待的消息「{definition.Name}」没有关联键（zeebe:subscription correlationKey）");
                break;
            case EventKind.Timer when definition.Timer?.Kind == TimerKind.Cycle && (role == EventRole.Catch || (role == EventRole.Boundary && interrupting)):
                ctx.Error(element, $"{(role == EventRole.Catch ? "中间捕获事件" : "中断边界事件")}{ElementLabel.Name(id ?? "?", element.Attr("name"))}不能使用 timeCycle，请改用 timeDuration 或 timeDate");
                break;
            case EventKind.Error when role == EventRole.End && definition.Code is null:
                ctx.Error(element, $"错误结束事件{ElementLabel.Name(id ?? "?", element.Attr("name"))}须通过 errorRef 引用一个有 errorCode 的 bpmn:error");
                break;
            case EventKind.Error when !interrupting:
                ctx.Error(element, $"{ElementLabel.Of(element)}是错误事件，总是中断的（cancelActivity/isInterrupting 不能为 false）");
                break;
            case EventKind.Escalation when role is EventRole.End or EventRole.Throw && definition.Code is null:
                ctx.Error(element, $"升级抛出事件{ElementLabel.Name(id ?? "?", element.Attr("name"))}须通过 escalationRef 引用一个有 escalationCode 的 bpmn:escalation");
                break;
            case EventKind.Link when definition.Name is null:
                ctx.Error(element, $"链接事件{ElementLabel.Name(id ?? "?", element.Attr("name"))}的 linkEventDefinition 须有名称（name）");
                break;
        }
    }

    private static string NotAllowed(EventKind kind, EventRole role) => kind switch
    {
        EventKind.Signal => "是信号事件，不受支持",
        EventKind.Conditional => "是条件事件，不受支持",
        EventKind.Compensation => "是补偿事件，本引擎不支持补偿",
        EventKind.None when role is EventRole.Catch or EventRole.Boundary => $"须有事件定义（消息、定时{(role == EventRole.Catch ? "、链接" : "、错误、升级")}）",
        EventKind.None when role == EventRole.EventSubProcessStart => "是事件子流程的开始事件，须有错误、升级、定时或消息定义",
        _ when role == EventRole.SubProcessStart => "是嵌入子流程的开始事件，只能是空开始事件",
        EventKind.Error or EventKind.Escalation when role == EventRole.ProcessStart =>
            $"：{KindName(kind)}开始事件只能用在事件子流程中",
        _ => $"不能使用{KindName(kind)}事件定义",
    };

    private static string KindName(EventKind kind) => kind switch
    {
        EventKind.Message => "消息", EventKind.Timer => "定时", EventKind.Error => "错误", EventKind.Escalation => "升级",
        EventKind.Link => "链接", EventKind.None => "空",
        _ => kind.ToString(),
    };
}
