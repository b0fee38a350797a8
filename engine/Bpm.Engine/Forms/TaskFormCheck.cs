using System.Text.Json.Nodes;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Forms;

/// <summary>The engine's check of a completion against the task's form, whoever calls it.</summary>
internal static class TaskFormCheck
{
    public static async Task ValidateAsync(EngineContext context, UserTaskEntity task, InstanceExecution instance, ElementInstance element,
        JsonObject? variables, CancellationToken ct)
    {
        if (await BoundFormAsync(context.Forms, task, ct) is not { } form) return;
        var visible = StepExecution.CollectVisible(instance, element.Key);
        var errors = FormValidator.Validate(form.Schema, variables ?? [], visible);
        if (errors.Count > 0) throw new FormValidationException(form.FormId, form.Version, errors);
    }

    /// <summary>The form version the task was bound to when it was created, or null when it has none.</summary>
    public static async Task<StoredForm?> BoundFormAsync(FormCache forms, UserTaskEntity task, CancellationToken ct) =>
        task.FormId is not null && task.FormVersion is not null && long.TryParse(task.FormKey, out var key)
            ? await forms.GetAsync(key, ct)
            : null;
}
