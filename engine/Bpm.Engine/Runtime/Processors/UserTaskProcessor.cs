using Bpm.Engine.Expressions;
using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime.Execution;
using static Bpm.Engine.Runtime.Execution.FeelConversions;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>Creates the task record (assignee, candidates, dates, priority and form evaluated first) and waits until it is
/// completed through the API; terminating the element cancels the open task. An escalation the token carries stops here:
/// this task decides it.</summary>
internal sealed class UserTaskProcessor : BpmnElementProcessor<TaskNode>
{
    protected override async Task ActivateAsync(BpmnElementContext context, TaskNode node)
    {
        var (behaviors, instance, element) = context;
        var definition = node.UserTask;
        var task = new UserTaskEntity
        {
            Key = behaviors.UserTasks.NextKey(),
            ProcessInstanceKey = instance.Key,
            ElementInstanceKey = element.Key,
            ElementId = node.Id,
            Name = node.Name,
            BpmnProcessId = instance.Entity.BpmnProcessId,
            State = UserTaskState.Created,
            CreatedAt = behaviors.UserTasks.Now,
        };
        if (definition is not null)
        {
            var zone = behaviors.Variables.BusinessTimeZone;
            task.Assignee = definition.Assignee is { } assignee ? AsText(Evaluate(context, assignee, "assignee")) : null;
            task.CandidateGroups = StringList(context, definition.CandidateGroups, "candidateGroups");
            task.CandidateUsers = StringList(context, definition.CandidateUsers, "candidateUsers");
            behaviors.UserTasks.SetDueDate(task, definition.DueDate is { } due ? ToDateTime(Evaluate(context, due, "dueDate"), "dueDate", zone) : null);
            task.FollowUpDate = definition.FollowUpDate is { } followUp ? ToDateTime(Evaluate(context, followUp, "followUpDate"), "followUpDate", zone) : null;
            task.Priority = definition.Priority is { } priority ? ToInt(Evaluate(context, priority, "优先级"), 50) : 50;
            task.FormKey = definition.FormKey;
            task.FormId = definition.FormId;
        }
        await behaviors.UserTasks.InsertUserTaskAsync(instance, element, node, task);
    }

    public override bool PassesEscalationOn(BpmnElementContext context) => false;

    public override Task TerminateAsync(BpmnElementContext context) =>
        context.Element.UserTaskKey is { } taskKey ? context.Behaviors.UserTasks.CancelUserTaskAsync(taskKey) : Task.CompletedTask;

    private static object? Evaluate(BpmnElementContext context, FeelExpression expression, string what) =>
        context.Behaviors.Variables.Evaluate(expression, context.Instance, context.Element.Key, what);

    private static string StringList(BpmnElementContext context, FeelExpression? expression, string what) =>
        expression is null ? "[]" : ToStringListJson(Evaluate(context, expression, what), what);
}
