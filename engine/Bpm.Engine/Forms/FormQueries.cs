using System.Text.Json.Nodes;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Execution;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Forms;

internal sealed class FormQueries(FormStore store, EngineContext context, IDbContextFactory<BpmDbContext> contexts) : IFormQueries
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
                ? $"{UserTasks.TaskLabel.Of(task)}没有表单"
                : $"{UserTasks.TaskLabel.Of(task)}引用的表单「{task.FormId}」在任务生成时尚未部署");
        // A task whose element already completed in this case is a new round (法制审核 round 2 after a correction): the
        // variables its fields name hold the previous round's answers, which the person must not find filled in. Only the
        // task's own values (a delegate's, kept on the task at 办结委托) fill it then.
        var visible = await VisibleVariablesAsync(task, ownOnly: await IsRepeatedRoundAsync(task, ct), ct);
        var values = new JsonObject();
        foreach (var name in form.Schema.Root.Fields.Keys.Concat(form.Schema.Root.Scopes.Keys))
            if (visible.TryGetValue(name, out var value)) values[name] = value?.DeepClone();
        return new TaskFormInfo(task.Key.ToString(), form.Key.ToString(), form.FormId, form.Version, Parse(form.Text), values);
    }

    private async Task<bool> IsRepeatedRoundAsync(UserTaskEntity task, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.UserTasks.AsNoTracking().AnyAsync(t => t.ProcessInstanceKey == task.ProcessInstanceKey && t.ElementId == task.ElementId
            && t.Key != task.Key && t.State == UserTaskState.Completed && t.CompletedAt <= task.CreatedAt, ct);
    }

    /// <summary>Variables visible to the task's element while it is active; the process variables once it has ended.
    /// <paramref name="ownOnly"/>: the element's own variables only.</summary>
    private async Task<IReadOnlyDictionary<string, JsonNode?>> VisibleVariablesAsync(UserTaskEntity task, bool ownOnly, CancellationToken ct)
    {
        var entity = await context.Store.FindInstanceAsync(task.ProcessInstanceKey, ct);
        if (entity is null) return new Dictionary<string, JsonNode?>();
        var definition = await context.Models.GetAsync(entity.ProcessDefinitionKey, ct);
        var instance = new InstanceExecution(entity, InstanceStateSerializer.Deserialize(entity.StateData), definition.Model, isNew: false);
        var element = instance.Find(task.ElementInstanceKey);
        if (ownOnly)
            return element?.Variables?.ToDictionary(p => p.Key, p => p.Value) ?? new Dictionary<string, JsonNode?>();
        return StepExecution.CollectVisible(instance, element?.Key ?? instance.Key);
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
