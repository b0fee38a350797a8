using System.Text.Json.Nodes;
using Bpm.Engine.Expressions;
using Bpm.Engine.People;
using Bpm.Engine.Runtime.Events;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>The module API's view of a <see cref="StepExecution"/>: only what <see cref="IKernelStep"/> offers.</summary>
internal class KernelStep(StepExecution step) : IKernelStep
{
    /// <summary>The step behind a module's <see cref="IKernelStep"/>, for the kernel's own services that act in it.</summary>
    internal StepExecution Execution => step;

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

    public async Task<KernelUserTask?> FindUserTaskForChangeAsync(long key) =>
        await step.FindTaskForChangeAsync(key) is { } task ? new KernelUserTask(task) : null;

    public void RecordHistory(KernelInstance instance, string @event, string? elementId = null, string? elementType = null,
        long? elementInstanceKey = null, string? name = null, JsonNode? value = null, string? by = null, string? reason = null) =>
        step.Record(instance.Execution, @event, elementId, elementType, elementInstanceKey, name, value, by: by, reason: reason);

    public void RecordTaskEvent(KernelInstance instance, KernelUserTask task, string @event, string? actor, JsonObject? details) =>
        step.RecordTaskEvent(instance.Execution, task.Entity, @event, actor, details);

    public void RecordTaskHistory(KernelUserTask task, string @event, string? actor, JsonObject? details) =>
        step.RecordTaskHistory(task.Entity, @event, actor, details);

    public JsonNode? Evaluate(string expression, KernelInstance instance, long scopeKey, string what) =>
        FeelValues.ToJson(step.Evaluate(step.Context.Feel.Parse(expression), instance.Execution, scopeKey, what));

    public Task<bool> MarkTaskOverdueAsync(KernelInstance instance, KernelUserTask task) =>
        step.MarkTaskOverdueAsync(instance.Execution, task.Entity);

    /// <summary>The step behind <paramref name="step"/>, which the kernel gave a module.</summary>
    internal static StepExecution ExecutionOf(IKernelStep step) =>
        (step as KernelStep ?? throw new ArgumentException("Not a step the kernel gave a module.", nameof(step))).Execution;
}
