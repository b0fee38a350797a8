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
            ctx.Error(eventElement, "eventDefinitionRef (shared event definitions) is not supported", reference);
            rejected = true;
            return null;
        }
        if (definitions.Count == 0)
            return null;
        if (definitions.Count > 1)
        {
            ctx.Error(eventElement, "multiple and parallel-multiple events (more than one event definition) are not supported");
            rejected = true;
            return null;
        }
        var definition = definitions[0];
        if (!Kinds.TryGetValue(definition.Name.LocalName, out var kind))
        {
            var what = definition.Name.LocalName == "cancelEventDefinition" ? "cancel events are not supported" : $"{definition.Name.LocalName} is not supported";
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
            ctx.Error(owner, $"messageRef '{messageRef}' does not reference a bpmn:message", at);
        var name = message?.Attr("name");
        var subscription = message?.ZeebeExtension("subscription");
        return new EventDefinition
        {
            Kind = EventKind.Message,
            Name = name,
            MessageNameExpression = name is not null && name.StartsWith('=') ? ctx.Value(owner, name, "message name", message) : null,
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
            ctx.Error(owner, "a timer needs exactly one of timeDate, timeDuration or timeCycle", definition);
            return new EventDefinition { Kind = EventKind.Timer };
        }
        var (kind, element) = present[0];
        var text = element.TrimmedText()!;
        if (!text.StartsWith('=') && !TimerText.IsValid(kind, text))
        {
            if (text.Contains("${", StringComparison.Ordinal) || text.Contains("#{", StringComparison.Ordinal))
                ctx.Error(owner, $"JUEL expressions are not supported in time{kind} '{text}'; use FEEL (=...)", element);
            else
                ctx.Error(owner, $"time{kind} '{text}' is not a valid ISO 8601 {Describe(kind)} or FEEL expression (=...)", element);
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
        TimerKind.Date => "date-time",
        TimerKind.Duration => "duration",
        _ => "repeating interval (R/PT1H) or cron expression",
    };

    private static EventDefinition Error(ParseContext ctx, XElement owner, XElement definition)
    {
        var reference = definition.Attr("errorRef");
        var error = RootElements.Resolve(ctx.Roots.Errors, reference);
        if (reference is not null && error is null)
            ctx.Error(owner, $"errorRef '{reference}' does not reference a bpmn:error", definition);
        return new EventDefinition { Kind = EventKind.Error, Code = error?.Attr("errorCode"), ErrorName = error?.Attr("name") };
    }

    private static EventDefinition Escalation(ParseContext ctx, XElement owner, XElement definition)
    {
        var reference = definition.Attr("escalationRef");
        var escalation = RootElements.Resolve(ctx.Roots.Escalations, reference);
        if (reference is not null && escalation is null)
            ctx.Error(owner, $"escalationRef '{reference}' does not reference a bpmn:escalation", definition);
        return new EventDefinition { Kind = EventKind.Escalation, Code = escalation?.Attr("escalationCode") };
    }
}
