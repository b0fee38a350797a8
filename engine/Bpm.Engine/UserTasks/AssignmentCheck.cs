using System.Text.Json.Nodes;
using Bpm.Engine.Model;
using Bpm.Engine.People;

namespace Bpm.Engine.UserTasks;

/// <summary>What an <see cref="IAssignmentRule"/> sees of one check: the task's element (its headers), the task, who would
/// perform it and the field a refusal names, the engine clock, the people directory, and the kernel's queries on who did
/// what in the case, read only when a rule asks.</summary>
public sealed class AssignmentCheck(TaskNode node, long taskKey, long processInstanceKey, string performer, string field,
    DateTimeOffset now, IPeopleDirectory people, AssignmentHistory history, JsonObject? variables = null)
{
    public TaskNode Node { get; } = node;
    public long TaskKey { get; } = taskKey;
    public long ProcessInstanceKey { get; } = processInstanceKey;
    /// <summary>The username of the person who would perform the task.</summary>
    public string Performer { get; } = performer;
    /// <summary>The request field a refusal names (assignee, to, officer …).</summary>
    public string Field { get; } = field;
    public DateTimeOffset Now { get; } = now;
    /// <summary>The engine clock's date in China time.</summary>
    public DateOnly Today => Time.ChinaTime.DateOf(Now);
    public IPeopleDirectory People { get; } = people;
    /// <summary>The variables a completion submits (null outside completion).</summary>
    public JsonObject? Variables { get; } = variables;

    /// <summary>The completed user tasks of <paramref name="elementIds"/> that <paramref name="username"/> performed in this
    /// case or a case that called it (was the assignee of, completed or confirmed; including tasks the running step changed
    /// but has not stored), each by its name as people read it (its element id when it has none).</summary>
    public Task<IReadOnlyList<string>> PerformedAsync(string username, IReadOnlyCollection<string> elementIds, CancellationToken ct) =>
        history.PerformedAsync(ProcessInstanceKey, username, elementIds, ct);

    /// <summary>The distinct people who confirmed this task so far, by username in ordinal order.</summary>
    public Task<IReadOnlyList<string>> ConfirmersAsync(CancellationToken ct) => history.ConfirmersAsync(TaskKey, ct);
}
