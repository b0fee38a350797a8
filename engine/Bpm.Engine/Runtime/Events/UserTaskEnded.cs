using System.Text.Json.Nodes;
using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.Runtime.Events;

/// <summary>A user task ended: completed by <see cref="Actor"/> with <see cref="Variables"/>, or cancelled with its element
/// (<see cref="KernelUserTask.State"/> says which).</summary>
public sealed class UserTaskEnded : KernelEvent
{
    private readonly JsonObject? _variables;

    internal UserTaskEnded(UserTaskEntity task, string? actor, JsonObject? variables) =>
        (Task, Actor, _variables) = (new(task), actor, variables);

    public KernelUserTask Task { get; }
    public string? Actor { get; }
    /// <summary>A copy of the variables the task was completed with (null when cancelled or completed without any).</summary>
    public JsonObject? Variables => _variables?.DeepClone().AsObject();
}
