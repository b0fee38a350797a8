using System.Text.Json;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;

namespace Bpm.Engine.Runtime.Events;

/// <summary>A read-only view of a user task as the step sees it (module API).</summary>
public sealed class KernelUserTask
{
    internal KernelUserTask(UserTaskEntity entity) => Entity = entity;

    internal UserTaskEntity Entity { get; }

    public long Key => Entity.Key;
    public long ProcessInstanceKey => Entity.ProcessInstanceKey;
    public long ElementInstanceKey => Entity.ElementInstanceKey;
    public string ElementId => Entity.ElementId;
    public string BpmnProcessId => Entity.BpmnProcessId;
    public string? Name => Entity.Name;
    public UserTaskState State => Entity.State;
    public string? Assignee => Entity.Assignee;
    public IReadOnlyList<string> CandidateUsers => Strings(Entity.CandidateUsers);
    public IReadOnlyList<string> CandidateGroups => Strings(Entity.CandidateGroups);
    public string? OrganisationId => Entity.OrganisationId;
    public DateTimeOffset? DueDate => Entity.DueDate;
    /// <summary>When the kernel marked the task overdue for its current due date; null when not (yet) marked.</summary>
    public DateTimeOffset? OverdueAt => Entity.OverdueAt;
    public DateTimeOffset CreatedAt => Entity.CreatedAt;
    public DateTimeOffset? CompletedAt => Entity.CompletedAt;

    private static IReadOnlyList<string> Strings(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];
}
