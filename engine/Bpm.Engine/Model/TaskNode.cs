using Bpm.Engine.Expressions;

namespace Bpm.Engine.Model;

public sealed class TaskNode : Activity
{
    public required TaskKind Kind { get; init; }
    /// <summary>Service and send tasks (and message throw events): zeebe:taskDefinition.</summary>
    public TaskDefinition? TaskDefinition { get; init; }
    /// <summary>Script task: zeebe:script expression.</summary>
    public FeelExpression? Script { get; init; }
    /// <summary>Script task: zeebe:script resultVariable.</summary>
    public string? ResultVariable { get; init; }
    /// <summary>User task: its zeebe:assignmentDefinition, form, due date… Set for exactly the element types a person works.</summary>
    public UserTaskDefinition? UserTask { get; init; }
    /// <summary>Whether a person works this task (its type reads a user-task definition). Rules about who works a task and
    /// headers only people's tasks carry ask this, not the task's kind, so a new element type a person works is covered.</summary>
    public bool IsWorkedByPeople => UserTask is not null;
    /// <summary>Receive task: the message it waits for.</summary>
    public EventDefinition? Message { get; init; }

    /// <summary>A receive task can follow an event-based gateway: its message decides the branch.</summary>
    public override EventDefinition? EventGatewayTrigger => Message;
    /// <summary>Business rule task: zeebe:calledDecision.</summary>
    public CalledDecision? CalledDecision { get; init; }
}
