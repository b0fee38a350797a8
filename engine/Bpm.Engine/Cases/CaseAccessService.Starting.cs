using System.Globalization;
using System.Text.Json.Nodes;
using Bpm.Engine.Forms;
using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Cases;

internal sealed partial class CaseAccessService
{
    public async Task<IReadOnlyList<StartableProcess>> StartableProcessesAsync(TaskActor actor, CancellationToken ct)
    {
        var viewer = await Viewer.ResolveAsync(actor, people, ct);
        var latest = (await queries.ListDefinitionsAsync(null, ct))
            .GroupBy(d => d.BpmnProcessId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(d => d.Version)!);
        var result = new List<StartableProcess>();
        foreach (var definition in latest)
        {
            var model = (await context.Models.GetAsync(long.Parse(definition.ProcessDefinitionKey, CultureInfo.InvariantCulture), ct)).Model;
            if (!model.IsExecutable || model.NoneStartEvents.Count == 0 || model.Starters is { NamesNobody: true } || !MayStart(viewer, model))
                continue;
            result.Add(new StartableProcess(definition.ProcessDefinitionKey, definition.BpmnProcessId, definition.Version,
                model.Name ?? definition.BpmnProcessId, model.Category, StartFormId(model)));
        }
        return result.OrderBy(p => p.Category ?? "\uffff", StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>A start with a start form must satisfy it, as a task completion must satisfy the task's form; the latest
    /// version of the form is the one the start page shows.</summary>
    private async Task ValidateStartFormAsync(Model.ProcessModel model, JsonObject? variables, CancellationToken ct)
    {
        if (StartFormId(model) is not { } formId || await context.Forms.LatestAsync(formId, ct) is not { } form)
            return;
        // The unit is a start parameter of every case, not a field of the form.
        var submitted = variables?.DeepClone().AsObject() ?? [];
        submitted.Remove(OrganisationVariable);
        var errors = FormValidator.Validate(form.Schema, submitted, new Dictionary<string, JsonNode?>());
        if (errors.Count > 0)
            throw new FormValidationException(form.FormId, form.Version, errors);
    }

    private static string? StartFormId(Model.ProcessModel model) => model.NoneStartEvents.Count == 1 ? model.NoneStartEvents[0].FormId : null;
}
