using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;

namespace Bpm.Engine.Tests.Infrastructure;

/// <summary>Small builders for persistence entities with unique keys, for tests.</summary>
public static class EntityFactory
{
    private static long _nextKey = 1_000_000;

    public static DateTimeOffset Now { get; } = new(2025, 3, 14, 9, 30, 0, TimeSpan.FromHours(8));

    public static long NextKey() => Interlocked.Increment(ref _nextKey);

    public static ProcessInstanceEntity Instance(string bpmnProcessId = "case", string state = "ACTIVE", string? businessKey = null,
        string stateData = "{}", long? key = null) => new()
    {
        Key = key ?? NextKey(),
        ProcessDefinitionKey = 1,
        BpmnProcessId = bpmnProcessId,
        Version = 1,
        BusinessKey = businessKey,
        State = StateText<ProcessInstanceState>.Parse(state),
        StartedAt = Now,
        Revision = 1,
        StateData = stateData,
        ActiveElementIds = "",
    };

    public static JournalEntity Journal(long instanceKey, long sequence, string entries = "[]") => new()
    {
        ProcessInstanceKey = instanceKey,
        Sequence = sequence,
        RecordedAt = Now,
        Entries = entries,
    };

    public static JobEntity Job(long instanceKey, DateTimeOffset dueAt, string type = "work", long? key = null) => new()
    {
        Key = key ?? NextKey(),
        ProcessInstanceKey = instanceKey,
        ElementInstanceKey = NextKey(),
        ElementId = "task",
        Type = type,
        Retries = 3,
        DueAt = dueAt,
        CreatedAt = Now,
    };

    public static UserTaskEntity UserTask(long instanceKey, string? assignee = null, string candidateGroups = "[]", string state = "CREATED") => new()
    {
        Key = NextKey(),
        ProcessInstanceKey = instanceKey,
        ElementInstanceKey = NextKey(),
        ElementId = "review",
        Name = "Review",
        BpmnProcessId = "case",
        State = StateText<UserTaskState>.Parse(state),
        Assignee = assignee,
        CandidateGroups = candidateGroups,
        CreatedAt = Now,
    };

    public static IncidentEntity Incident(long instanceKey, string state = "ACTIVE") => new()
    {
        Key = NextKey(),
        ProcessInstanceKey = instanceKey,
        ElementInstanceKey = NextKey(),
        ElementId = "task",
        ErrorType = "JOB_NO_RETRIES",
        ErrorMessage = "boom",
        State = StateText<IncidentState>.Parse(state),
        CreatedAt = Now,
    };

    public static SubscriptionEntity Subscription(long instanceKey) => new()
    {
        Key = NextKey(),
        ProcessInstanceKey = instanceKey,
        ElementInstanceKey = NextKey(),
        ElementId = "wait",
        Kind = "MESSAGE",
        Name = "ack",
        CorrelationKey = "c-1",
        CreatedAt = Now,
    };

    public static OutboxMessageEntity Outbox(long instanceKey) => new()
    {
        MessageId = Guid.NewGuid(),
        MessageType = "Disclosure",
        Payload = "{\"a\":1}",
        ProcessInstanceKey = instanceKey,
        CreatedAt = Now,
    };
}
