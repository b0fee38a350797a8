using Bpm.Engine.Runtime.Events;
using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>Runs a module's command as an engine command (<see cref="ProcessEngine.RunCommandAsync{T}"/>).</summary>
internal sealed class KernelCommands(ProcessEngine engine, UserTaskService tasks) : IKernelCommands
{
    public Task<T> RunAsync<T>(long instanceKey, TaskActor actor, Func<IKernelCommandStep, Task<T>> body, CancellationToken ct,
        Func<Task>? requireCallerMaySee = null) =>
        engine.RunCommandAsync(requireCallerMaySee, async step =>
        {
            step.Actor = actor.Username;
            var instance = await step.LoadAsync(instanceKey);
            return await body(new KernelCommandStep(step, new KernelInstance(instance), tasks));
        }, ct);
}
