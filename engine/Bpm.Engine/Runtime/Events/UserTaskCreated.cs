using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Events;

/// <summary>A user task was stored (with its inbox rows and CREATED history) for an element that now waits for it.</summary>
internal sealed record UserTaskCreated(InstanceExecution Instance, ElementInstance Element, TaskNode Node, UserTaskEntity Task) : KernelEvent;
