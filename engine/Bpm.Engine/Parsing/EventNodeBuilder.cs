using System.Xml.Linq;
using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>Builds start, end, intermediate and boundary events.</summary>
internal static class EventNodeBuilder
{
    public static FlowNode Build(ProcessBuild build, XElement element, NodeCommon c, ScopeKind scope)
    {
        var ctx = build.Ctx;
        var definition = EventDefinitionReader.Read(ctx, element, out var rejected);
        if (rejected)
            return c.Unsupported();
        switch (c.Type)
        {
            case "startEvent":
            {
                var interrupting = element.BoolAttr("isInterrupting", true);
                var role = scope switch
                {
                    ScopeKind.Process => EventRole.ProcessStart,
                    ScopeKind.SubProcess => EventRole.SubProcessStart,
                    _ => EventRole.EventSubProcessStart,
                };
                EventRules.Check(ctx, element, definition, role, interrupting);
                return new StartEvent
                {
                    Id = c.Id, Name = c.Name, ElementType = c.Type, Line = c.Line,
                    InputMappings = c.Inputs, OutputMappings = c.Outputs, Properties = c.Properties,
                    Event = definition, IsInterrupting = interrupting,
                    FormId = element.ZeebeExtension("formDefinition")?.Attr("formId"),
                };
            }
            case "endEvent":
                EventRules.Check(ctx, element, definition, EventRole.End, true);
                return new EndEvent
                {
                    Id = c.Id, Name = c.Name, ElementType = c.Type, Line = c.Line,
                    InputMappings = c.Inputs, OutputMappings = c.Outputs, Properties = c.Properties,
                    Event = definition, TaskDefinition = MessageThrowTask(ctx, element, definition),
                };
            case "intermediateThrowEvent":
                EventRules.Check(ctx, element, definition, EventRole.Throw, true);
                return new IntermediateThrowEvent
                {
                    Id = c.Id, Name = c.Name, ElementType = c.Type, Line = c.Line,
                    InputMappings = c.Inputs, OutputMappings = c.Outputs, Properties = c.Properties,
                    Event = definition, TaskDefinition = MessageThrowTask(ctx, element, definition),
                };
            case "intermediateCatchEvent":
                EventRules.Check(ctx, element, definition, EventRole.Catch, true);
                if (definition is null)
                    return c.Unsupported();
                return new IntermediateCatchEvent
                {
                    Id = c.Id, Name = c.Name, ElementType = c.Type, Line = c.Line,
                    InputMappings = c.Inputs, OutputMappings = c.Outputs, Properties = c.Properties,
                    Event = definition,
                };
            default:
            {
                var cancel = element.BoolAttr("cancelActivity", true);
                EventRules.Check(ctx, element, definition, EventRole.Boundary, cancel);
                if (definition is null)
                    return c.Unsupported();
                var boundary = new BoundaryEvent
                {
                    Id = c.Id, Name = c.Name, ElementType = c.Type, Line = c.Line,
                    InputMappings = c.Inputs, OutputMappings = c.Outputs, Properties = c.Properties,
                    Event = definition, CancelActivity = cancel,
                };
                build.AttachedToRefs[boundary] = element.Attr("attachedToRef");
                return boundary;
            }
        }
    }

    /// <summary>Message throw events run like send tasks: they need a zeebe:taskDefinition.</summary>
    private static TaskDefinition? MessageThrowTask(ParseContext ctx, XElement element, EventDefinition? definition)
    {
        if (definition?.Kind != EventKind.Message)
            return null;
        var task = ZeebeExtensionReader.TaskDefinition(ctx, element);
        if (task is null)
            ctx.Error(element, $"消息抛出事件{ElementLabel.Name(element.Attr("id") ?? "?", element.Attr("name"))}没有任务类型（zeebe:taskDefinition type）");
        return task;
    }
}
