using System.Text.Json.Nodes;
using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.Runtime.Events;

/// <summary>A user task ended: completed by <see cref="Actor"/> with <see cref="Variables"/>, or cancelled with its element
/// (<see cref="UserTaskEntity.State"/> says which).</summary>
internal sealed record UserTaskEnded(UserTaskEntity Task, string? Actor, JsonObject? Variables) : KernelEvent;
