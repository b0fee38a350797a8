using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Runtime.Events;

/// <summary>Runs a module's command as one engine step (module API, docs/adr/0007): a person acting on a case through a
/// module (a head settling an escalation). Like the kernel's commands it refuses an ended case (409 <c>case-archived</c>),
/// after <paramref name="requireCallerMaySee"/> (the module's visibility check, 403/404) where given, and runs the whole body
/// again on fresh state when it lost a race; everything it changes commits together, or nothing does.</summary>
public interface IKernelCommands
{
    Task<T> RunAsync<T>(long instanceKey, TaskActor actor, Func<IKernelCommandStep, Task<T>> body, CancellationToken ct,
        Func<Task>? requireCallerMaySee = null);
}
