using System.Text.Json.Nodes;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Queries;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Records;

/// <summary>Retention: a case whose instance has ended (completed, which in the workflows follows 归档, or cancelled) is
/// read-only. Commands run in a step that checks every instance it loads (<c>StepExecution.RefusesEndedInstances</c>, set by
/// <c>ProcessEngine.RunCommandAsync</c>), so a write racing the end loses and no command kind can skip the check. The
/// refusal names the case by its case number (the first a module issued, else the <c>caseNumber</c> variable) and process.</summary>
internal static class ArchivedCase
{
    public static async Task RequireWritableAsync(InstanceExecution instance, ICaseLabelNumbers numbers, CancellationToken ct)
    {
        if (instance.IsActive) return;
        var number = await NumberAsync(instance.Key, instance.State.Variables, numbers, ct);
        throw new CaseArchivedException(instance.Key, instance.Entity.State, number, instance.Model.Name ?? instance.Entity.BpmnProcessId);
    }

    /// <summary>For a write checked before its step (an attachment's bytes): the instance as read from the database.</summary>
    public static async Task RequireWritableAsync(long processInstanceKey, ProcessInstanceState state, JsonObject rootVariables, string? processName,
        ICaseLabelNumbers numbers, CancellationToken ct)
    {
        if (state == ProcessInstanceState.Active) return;
        var number = await NumberAsync(processInstanceKey, rootVariables, numbers, ct);
        throw new CaseArchivedException(processInstanceKey, state, number, processName);
    }

    private static async Task<string?> NumberAsync(long key, JsonObject? variables, ICaseLabelNumbers numbers, CancellationToken ct) =>
        UserTasks.CaseLabels.NumberOf(await numbers.FirstIssuedAsync([key], ct), key, variables);
}
