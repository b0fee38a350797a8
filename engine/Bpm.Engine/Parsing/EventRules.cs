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
            ctx.Error(element, NotAllowed(element.Name.LocalName, kind, role));
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
                    ctx.Error(element, $"{type} '{id}' has no message name: its messageEventDefinition needs a messageRef to a bpmn:message with a name");
                else if (role == EventRole.ProcessStart && definition.MessageNameExpression is not null)
                    ctx.Error(element, $"message start event '{id}' needs a static message name (no instance exists yet to evaluate '{definition.Name}')");
                else if (definition.CorrelationKey is null && role is not (EventRole.ProcessStart or EventRole.EventSubProcessStart))
                    ctx.Error(element, $"{type} '{id}' waits for message '{definition.Name}', which has no zeebe:subscription correlationKey");
                break;
            case EventKind.Timer when definition.Timer?.Kind == TimerKind.Cycle && (role == EventRole.Catch || (role == EventRole.Boundary && interrupting)):
                ctx.Error(element, $"timeCycle is not allowed on {(role == EventRole.Catch ? "an intermediate catch event" : "an interrupting boundary event")}; use timeDuration or timeDate");
                break;
            case EventKind.Error when role == EventRole.End && definition.Code is null:
                ctx.Error(element, $"error end event '{id}' needs an errorRef to a bpmn:error with an errorCode");
                break;
            case EventKind.Error when !interrupting:
                ctx.Error(element, "error events are always interrupting (cancelActivity/isInterrupting must not be false)");
                break;
            case EventKind.Escalation when role is EventRole.End or EventRole.Throw && definition.Code is null:
                ctx.Error(element, $"escalation throw event '{id}' needs an escalationRef to a bpmn:escalation with an escalationCode");
                break;
            case EventKind.Link when definition.Name is null:
                ctx.Error(element, "a link event needs a name on its linkEventDefinition");
                break;
        }
    }

    private static string NotAllowed(string type, EventKind kind, EventRole role) => kind switch
    {
        EventKind.Signal => "signal events are not supported",
        EventKind.Conditional => "conditional events are not supported",
        EventKind.Compensation => "compensation is not supported",
        EventKind.None when role is EventRole.Catch or EventRole.Boundary => $"{type} needs an event definition (message, timer{(role == EventRole.Catch ? ", link" : ", error, escalation")})",
        EventKind.None when role == EventRole.EventSubProcessStart => "the start event of an event sub-process needs an error, escalation, timer or message definition",
        _ when role == EventRole.SubProcessStart => "the start event of an embedded sub-process must be a none start event",
        EventKind.Error or EventKind.Escalation when role == EventRole.ProcessStart =>
            $"{kind.ToString().ToLowerInvariant()} start events are only allowed in event sub-processes",
        _ => $"{kind.ToString().ToLowerInvariant()} event definition is not allowed on {type}",
    };
}
