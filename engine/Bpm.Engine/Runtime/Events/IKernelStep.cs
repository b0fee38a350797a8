using System.Text.Json.Nodes;
using Bpm.Engine.People;

namespace Bpm.Engine.Runtime.Events;

/// <summary>The step a kernel event happened in, as a module sees it (module API, docs/adr/0007): its clock, the rows it
/// writes, the people directory, and the few kernel changes a module may make. Everything it changes commits with the step.</summary>
public interface IKernelStep
{
    /// <summary>The step's one instant: every time a module records in this step.</summary>
    DateTimeOffset Now { get; }

    /// <summary>The business time zone (<c>Bpm:Engine:TimeZone</c>, Beijing by default) in which people read times and in
    /// which dates without an offset are read; never the machine's zone.</summary>
    TimeZoneInfo BusinessTimeZone { get; }

    /// <summary>The person whose command this step runs; null for the engine's own work (jobs, timers, messages).</summary>
    string? Actor { get; }

    CancellationToken Cancellation { get; }

    /// <summary>Rows of the module's own tables, written in the step's transaction.</summary>
    IModuleRows Changes { get; }

    /// <summary>Who people are: names, roles per organisation unit, the organisation tree.</summary>
    IPeopleDirectory People { get; }

    /// <summary>A new cluster-unique key for a module's row.</summary>
    long NextKey();

    /// <summary>Sets a variable local to <paramref name="scopeKey"/> (the instance key for a process variable), journalled
    /// with the step.</summary>
    void SetLocal(KernelInstance instance, long scopeKey, string name, JsonNode? value);

    /// <summary>Re-times what depends on a value the module changed: in every element of <paramref name="instance"/>, the
    /// timers whose expression <paramref name="dependsOn"/> selects (it is given the expression's text) are re-planned, held
    /// closed while <paramref name="holdTimers"/>, and an open user task whose due-date expression it selects gets its due
    /// date evaluated again. An element that cannot follow refuses the step with an <see cref="EngineConflictException"/>
    /// reading "{element}不能跟随{<paramref name="followed"/>}：{reason}".</summary>
    Task RetimeDependentsAsync(KernelInstance instance, Func<string, bool> dependsOn, bool holdTimers, string followed);

    /// <summary>Notifies <paramref name="recipient"/> about <paramref name="task"/> (delivered after the commit).</summary>
    void Notify(string recipient, string kind, KernelUserTask task, string message);

    /// <summary>A user task as this step sees it (its own version wins over the stored one); null when there is none.</summary>
    Task<KernelUserTask?> FindUserTaskAsync(long key);

    /// <summary>Loads a process instance into the step (read-only view; change its variables with <see cref="SetLocal"/>).</summary>
    Task<KernelInstance> LoadInstanceAsync(long key);

    /// <summary>A user task this step changes: its own version when it has one, else the stored row, from now on written
    /// with the step. Take a task through here before passing it to an operation that changes it.</summary>
    Task<KernelUserTask?> FindUserTaskForChangeAsync(long key);

    /// <summary>Adds an entry to the instance's history (its journal, hash-chained with the step) at <see cref="Now"/>.</summary>
    void RecordHistory(KernelInstance instance, string @event, string? elementId = null, string? elementType = null,
        long? elementInstanceKey = null, string? name = null, JsonNode? value = null, string? by = null, string? reason = null);

    /// <summary>An event of <paramref name="task"/> on both its own history and the instance's (as <c>USER_TASK_{event}</c>).</summary>
    void RecordTaskEvent(KernelInstance instance, KernelUserTask task, string @event, string? actor, JsonObject? details);

    /// <summary>An entry of the task's own history only.</summary>
    void RecordTaskHistory(KernelUserTask task, string @event, string? actor, JsonObject? details);

    /// <summary>Evaluates a FEEL expression (<c>=...</c>) with the variables visible from <paramref name="scopeKey"/>, as JSON.
    /// A failing evaluation raises an incident (<see cref="Execution.IncidentException"/>) whose message names
    /// <paramref name="what"/>; a module raises its own incidents by throwing that exception.</summary>
    JsonNode? Evaluate(string expression, KernelInstance instance, long scopeKey, string what);

    /// <summary>Marks an open task past its due date overdue (the red timer), once per due date: its OVERDUE history, and
    /// <see cref="UserTaskOverdue"/> to the modules. False when the task is not open, not yet due, or marked already.</summary>
    Task<bool> MarkTaskOverdueAsync(KernelInstance instance, KernelUserTask task);
}
