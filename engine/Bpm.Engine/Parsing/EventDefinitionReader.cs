using System.Xml.Linq;
using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>Turns the bpmn:*EventDefinition child of an event into an <see cref="EventDefinition"/>.
/// Whether that kind is allowed where it stands is judged by <see cref="EventRules"/>.</summary>
internal static class EventDefinitionReader
{
    private static readonly Dictionary<string, EventKind> Kinds = new(StringComparer.Ordinal)
    {
        ["messageEventDefinition"] = EventKind.Message,
        ["timerEventDefinition"] = EventKind.Timer,
        ["errorEventDefinition"] = EventKind.Error,
        ["escalationEventDefinition"] = EventKind.Escalation,
        ["terminateEventDefinition"] = EventKind.Terminate,
        ["linkEventDefinition"] = EventKind.Link,
        ["signalEventDefinition"] = EventKind.Signal,
        ["conditionalEventDefinition"] = EventKind.Conditional,
        ["compensateEventDefinition"] = EventKind.Compensation,
    };

    /// <summary>The event's definition, null for a none event. Sets <paramref name="rejected"/> when an error was recorded
    /// that makes the event unusable (cancel, multiple definitions).</summary>
    public static EventDefinition? Read(ParseContext ctx, XElement eventElement, out bool rejected)
    {
        rejected = false;
        var definitions = eventElement.Elements()
            .Where(e => e.Name.Namespace == BpmnXml.Bpmn && e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal))
            .ToList();
        if (eventElement.BpmnChild("eventDefinitionRef") is { } reference)
        {
            ctx.Error(eventElement, $"{ElementLabel.Of(eventElement)}引用了共享的事件定义（eventDefinitionRef），不受支持", reference);
            rejected = true;
            return null;
        }
        if (definitions.Count == 0)
            return null;
        if (definitions.Count > 1)
        {
            ctx.Error(eventElement, $"{ElementLabel.Of(eventElement)}有不止一个事件定义；不支持多重事件和并行多重事件");
            rejected = true;
            return null;
        }
        var definition = definitions[0];
        if (!Kinds.TryGetValue(definition.Name.LocalName, out var kind))
        {
            var what = definition.Name.LocalName == "cancelEventDefinition" ? $"{ElementLabel.Of(eventElement)}是取消事件，不受支持" : $"{ElementLabel.Of(eventElement)}的事件定义 {definition.Name.LocalName} 不受支持";
            ctx.Error(eventElement, what, definition);
            rejected = true;
            return null;
        }
        return kind switch
        {
            EventKind.Message => Message(ctx, eventElement, definition.Attr("messageRef"), definition),
            EventKind.Timer => Timer(ctx, eventElement, definition),
            EventKind.Error => Error(ctx, eventElement, definition),
            EventKind.Escalation => Escalation(ctx, eventElement, definition),
            EventKind.Link => new EventDefinition { Kind = kind, Name = definition.Attr("name") },
            EventKind.Signal => new EventDefinition
            {
                Kind = kind,
                Name = RootElements.Resolve(ctx.Roots.Signals, definition.Attr("signalRef"))?.Attr("name"),
            },
            _ => new EventDefinition { Kind = kind },
        };
    }

    /// <summary>A message reference, from a messageEventDefinition or a receive task's messageRef.</summary>
    public static EventDefinition Message(ParseContext ctx, XElement owner, string? messageRef, XElement at)
    {
        var message = RootElements.Resolve(ctx.Roots.Messages, messageRef);
        if (messageRef is not null && message is null)
            ctx.Error(owner, $"{ElementLabel.Of(owner)}的 messageRef「{messageRef}」没有指向任何 bpmn:message", at);
        var name = message?.Attr("name");
        var subscription = message?.ZeebeExtension("subscription");
        return new EventDefinition
        {
            Kind = EventKind.Message,
            Name = name,
            MessageNameExpression = name is not null && name.StartsWith('=') ? ctx.Value(owner, name, "消息名称", message) : null,
            CorrelationKey = subscription is null ? null : ctx.Value(owner, subscription.Attr("correlationKey"), "zeebe:subscription correlationKey", subscription),
        };
    }

    private static EventDefinition Timer(ParseContext ctx, XElement owner, XElement definition)
    {
        (TimerKind Kind, XElement? Element)[] candidates =
        [
            (TimerKind.Date, definition.BpmnChild("timeDate")),
            (TimerKind.Duration, definition.BpmnChild("timeDuration")),
            (TimerKind.Cycle, definition.BpmnChild("timeCycle")),
        ];
        var present = candidates.Where(c => c.Element.TrimmedText() is not null).ToList();
        if (present.Count != 1)
        {
            ctx.Error(owner, $"{ElementLabel.Of(owner)}的定时器须有且只有 timeDate、timeDuration、timeCycle 之一", definition);
            return new EventDefinition { Kind = EventKind.Timer };
        }
        var (kind, element) = present[0];
        var text = element.TrimmedText()!;
        if (!text.StartsWith('=') && !TimerText.IsValid(kind, text))
        {
            if (text.Contains("${", StringComparison.Ordinal) || text.Contains("#{", StringComparison.Ordinal))
                ctx.Error(owner, $"{ElementLabel.Of(owner)}的 time{kind}「{text}」是 JUEL 表达式，不受支持，请改用 FEEL（=...）", element);
            else
                ctx.Error(owner, $"{ElementLabel.Of(owner)}的 time{kind}「{text}」既不是有效的 ISO 8601 {Describe(kind)}，也不是 FEEL 表达式（=...）", element);
            return new EventDefinition { Kind = EventKind.Timer };
        }
        var expression = ctx.Value(owner, text, $"time{kind}", element);
        return new EventDefinition
        {
            Kind = EventKind.Timer,
            Timer = expression is null ? null : new TimerDefinition(kind, text, expression),
        };
    }

    private static string Describe(TimerKind kind) => kind switch
    {
        TimerKind.Date => "日期时间",
        TimerKind.Duration => "时长",
        _ => "重复周期（如 R/PT1H）或 cron 表达式",
    };

    private static EventDefinition Error(ParseContext ctx, XElement owner, XElement definition)
    {
        var reference = definition.Attr("errorRef");
        var error = RootElements.Resolve(ctx.Roots.Errors, reference);
        if (reference is not null && error is null)
            ctx.Error(owner, $"{ElementLabel.Of(owner)}的 errorRef「{reference}」没有指向任何 bpmn:error", definition);
        return new EventDefinition { Kind = EventKind.Error, Code = error?.Attr("errorCode"), ErrorName = error?.Attr("name") };
    }

    private static EventDefinition Escalation(ParseContext ctx, XElement owner, XElement definition)
    {
        var reference = definition.Attr("escalationRef");
        var escalation = RootElements.Resolve(ctx.Roots.Escalations, reference);
        if (reference is not null && escalation is null)
            ctx.Error(owner, $"{ElementLabel.Of(owner)}的 escalationRef「{reference}」没有指向任何 bpmn:escalation", definition);
        return new EventDefinition { Kind = EventKind.Escalation, Code = escalation?.Attr("escalationCode") };
    }
}
