using System.Text.Json.Nodes;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Forms;

internal sealed class FormQueries(FormStore store, EngineContext context) : IFormQueries
{
    public async Task<IReadOnlyList<FormInfo>> ListLatestAsync(CancellationToken ct) =>
        (await store.LatestAsync(null, ct)).Select(ToInfo).ToList();

    public async Task<FormInfo?> GetAsync(string formId, int? version, CancellationToken ct) =>
        await store.FindAsync(formId, version, ct) is { } form ? ToInfo(form) : null;

    public async Task<TaskFormInfo> GetTaskFormAsync(long userTaskKey, CancellationToken ct)
    {
        var task = await context.Store.FindUserTaskAsync(userTaskKey, ct) ?? throw EngineNotFoundException.Missing("user task", userTaskKey);
        var form = await TaskFormCheck.BoundFormAsync(context.Forms, task, ct)
            ?? throw new EngineNotFoundException(task.FormId is null
                ? $"user task {userTaskKey} has no form"
                : $"user task {userTaskKey} names form '{task.FormId}', which was not deployed when the task was created");
        var visible = await VisibleVariablesAsync(task, ct);
        var values = new JsonObject();
        foreach (var name in form.Schema.Root.Fields.Keys.Concat(form.Schema.Root.Scopes.Keys))
            if (visible.TryGetValue(name, out var value)) values[name] = value?.DeepClone();
        return new TaskFormInfo(task.Key.ToString(), form.Key.ToString(), form.FormId, form.Version, Parse(form.Text), values);
    }

    /// <summary>Variables visible to the task's element while it is active; the process variables once it has ended.</summary>
    private async Task<IReadOnlyDictionary<string, JsonNode?>> VisibleVariablesAsync(UserTaskEntity task, CancellationToken ct)
    {
        var entity = await context.Store.FindInstanceAsync(task.ProcessInstanceKey, ct);
        if (entity is null) return new Dictionary<string, JsonNode?>();
        var definition = await context.Models.GetAsync(entity.ProcessDefinitionKey, ct);
        var instance = new InstanceExecution(entity, InstanceStateSerializer.Deserialize(entity.StateData), definition.Model, isNew: false);
        return StepExecution.CollectVisible(instance, instance.Find(task.ElementInstanceKey)?.Key ?? instance.Key);
    }

    private static FormInfo ToInfo(FormEntity form) =>
        new(form.Key.ToString(), form.FormId, form.Version, form.ResourceName, form.DeployedAt, Parse(form.Schema));

    private static JsonNode? Parse(string schema) =>
        JsonNode.Parse(schema.TrimStart('\uFEFF'), documentOptions: new System.Text.Json.JsonDocumentOptions
        {
            CommentHandling = System.Text.Json.JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
}
