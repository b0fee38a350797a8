using Bpm.Engine.Expressions;

namespace Bpm.Engine.Model;

public sealed class TaskNode : Activity
{
    public required TaskKind Kind { get; init; }
    /// <summary>Service and send tasks (and message throw events): zeebe:taskDefinition.</summary>
    public TaskDefinition? TaskDefinition { get; init; }
    /// <summary>zeebe:taskHeaders.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = EmptyProperties;
    /// <summary>Script task: zeebe:script expression.</summary>
    public FeelExpression? Script { get; init; }
    /// <summary>Script task: zeebe:script resultVariable.</summary>
    public string? ResultVariable { get; init; }
    public UserTaskDefinition? UserTask { get; init; }
    /// <summary>Receive task: the message it waits for.</summary>
    public EventDefinition? Message { get; init; }

    /// <summary>A receive task can follow an event-based gateway: its message decides the branch.</summary>
    public override EventDefinition? EventGatewayTrigger => Message;
    /// <summary>Business rule task: zeebe:calledDecision.</summary>
    public CalledDecision? CalledDecision { get; init; }
}
