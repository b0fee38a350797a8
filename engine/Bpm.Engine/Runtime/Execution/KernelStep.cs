using System.Text.Json.Nodes;
using Bpm.Engine.People;
using Bpm.Engine.Runtime.Events;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>The module API's view of a <see cref="StepExecution"/>: only what <see cref="IKernelStep"/> offers.</summary>
internal sealed class KernelStep(StepExecution step) : IKernelStep
{
    public DateTimeOffset Now => step.Now;
    public TimeZoneInfo BusinessTimeZone => step.BusinessTimeZone;
    public string? Actor => step.Actor;
    public CancellationToken Cancellation => step.Cancellation;
    public IModuleRows Changes => step.Changes;
    public IPeopleDirectory People => step.Context.People;

    public long NextKey() => step.NextKey();

    public void SetLocal(KernelInstance instance, long scopeKey, string name, JsonNode? value) =>
        step.SetLocal(instance.Execution, scopeKey, name, value);

    public Task RetimeDependentsAsync(KernelInstance instance, Func<string, bool> dependsOn, bool holdTimers, string followed) =>
        step.RetimeDependentsAsync(instance.Execution, dependsOn, holdTimers, followed);

    public void Notify(string recipient, string kind, KernelUserTask task, string message) =>
        step.Notify(recipient, kind, task.Entity, message);

    public async Task<KernelUserTask?> FindUserTaskAsync(long key) =>
        (step.Changes.InsertedUserTasks.Find(t => t.Key == key) ?? step.Changes.UpdatedUserTasks.Find(t => t.Key == key)
            ?? await step.Context.Store.FindUserTaskAsync(key, step.Cancellation)) is { } task ? new KernelUserTask(task) : null;

    public async Task<KernelInstance> LoadInstanceAsync(long key) => new(await step.LoadAsync(key));
}
