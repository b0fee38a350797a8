using System.Text.Json.Nodes;
using Bpm.Engine.People;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.Queries;
using Bpm.Engine.Queries;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Commands;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.UserTasks;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Cases;

internal sealed partial class CaseAccessService(IPeopleDirectory people, IDbContextFactory<BpmDbContext> contexts, EngineQueries queries,
    EngineContext context, IProcessEngine engine, ICaseAccessPolicy policy) : ICaseAccessService
{
    public const string OrganisationVariable = "organisationId";

    public async Task<CaseAccessLevel> LevelAsync(long processInstanceKey, TaskActor actor, CancellationToken ct)
    {
        var scope = await ScopeAsync(actor, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var instance = await db.ProcessInstances.AsNoTracking().Where(i => i.Key == processInstanceKey)
            .Select(i => new { i.OrganisationId }).FirstOrDefaultAsync(ct)
            ?? throw EngineNotFoundException.Missing("process instance", processInstanceKey);
        var level = scope.LevelFor(instance.OrganisationId);
        if (level != CaseAccessLevel.None) return level;
        // A participant sees the case, read-only at case level (their own task routes decide what they do with their tasks).
        return await scope.Participation(db).AnyAsync(k => k == processInstanceKey, ct) ? CaseAccessLevel.Read : CaseAccessLevel.None;
    }

    public async Task RequireVisibleAsync(long processInstanceKey, TaskActor actor, CancellationToken ct)
    {
        if (await LevelAsync(processInstanceKey, actor, ct) == CaseAccessLevel.None)
            throw await InvisibleAsync(actor, ct);
    }

    public async Task RequireActAsync(long processInstanceKey, TaskActor actor, CancellationToken ct)
    {
        var level = await LevelAsync(processInstanceKey, actor, ct);
        if (level == CaseAccessLevel.None) throw await InvisibleAsync(actor, ct);
        if (level == CaseAccessLevel.Read)
            throw new CaseAccessDeniedException("case-read-only", PeopleNames.Refusal(await people.DisplayNameAsync(actor.Username, ct), policy.ReadOnlyRule));
    }

    public async Task RequireIncidentAsync(long incidentKey, TaskActor actor, bool act, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var instanceKey = await db.Incidents.AsNoTracking().Where(i => i.Key == incidentKey).Select(i => (long?)i.ProcessInstanceKey)
            .FirstOrDefaultAsync(ct) ?? throw EngineNotFoundException.Missing("incident", incidentKey);
        if (act) await RequireActAsync(instanceKey, actor, ct);
        else await RequireVisibleAsync(instanceKey, actor, ct);
    }

    public async Task RequireDocumentAsync(long documentKey, TaskActor actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var instanceKey = await db.Documents.AsNoTracking().Where(d => d.Key == documentKey).Select(d => (long?)d.ProcessInstanceKey)
            .FirstOrDefaultAsync(ct) ?? throw EngineNotFoundException.Missing("document", documentKey);
        await RequireVisibleAsync(instanceKey, actor, ct);
    }

    public async Task<PagedResult<ProcessInstanceSummary>> ListInstancesAsync(ProcessInstanceFilter filter, TaskActor actor, CancellationToken ct)
    {
        var scope = await ScopeAsync(actor, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await queries.ListInstancesAsync(filter, await scope.FilterAsync(db, ct), ct);
    }

    public async Task<VisibleCases> VisibleCasesAsync(TaskActor actor, CancellationToken ct)
    {
        var scope = await ScopeAsync(actor, ct);
        if (scope.IsAdmin) return VisibleCases.Every;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return new VisibleCases(false, scope.ReadUnits.ToList(), await scope.Participation(db).Distinct().ToListAsync(ct));
    }

    public async Task<IReadOnlyList<IncidentInfo>> ListIncidentsAsync(long? processInstanceKey, string? state, TaskActor actor, CancellationToken ct)
    {
        var scope = await ScopeAsync(actor, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await queries.ListIncidentsAsync(processInstanceKey, state, await scope.FilterAsync(db, ct), ct);
    }

    public async Task<StartedProcessInstance> StartAsync(StartProcessInstanceCommand command, string? organisationId, TaskActor actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(command.BpmnProcessId)) throw new InvalidCommandException("缺少流程标识 bpmnProcessId", "bpmnProcessId");
        var definition = await context.Models.FindAsync(command.BpmnProcessId, command.Version, ct)
            ?? throw new EngineNotFoundException(command.Version is { } v
                ? $"流程「{command.BpmnProcessId}」没有第 {v} 版"
                : $"流程「{command.BpmnProcessId}」尚未部署");
        var viewer = await Viewer.ResolveAsync(actor, people, ct);
        RequireMayStart(viewer, definition.Model, command.BpmnProcessId);
        await ValidateStartFormAsync(definition.Model, command.Variables, ct);

        var variables = command.Variables?.DeepClone().AsObject() ?? [];
        var fromVariables = variables[OrganisationVariable] switch
        {
            null => null,
            JsonValue value when value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) => text.Trim(),
            _ => throw new InvalidCommandException("变量 organisationId 须为机构编号（字符串）", OrganisationVariable),
        };
        var requested = string.IsNullOrWhiteSpace(organisationId) ? fromVariables : organisationId.Trim();
        if (requested is not null && fromVariables is not null && requested != fromVariables)
            throw new InvalidCommandException($"参数 organisationId「{requested}」与变量 organisationId「{fromVariables}」不一致，请只填写一个",
                OrganisationVariable);
        var unit = requested ?? viewer.OrganisationId;
        if (unit is null && !viewer.IsAdmin)
            throw new CaseAccessDeniedException("case-start-organisation",
                PeopleNames.Refusal(viewer.Name, "没有所属机构的人员不能立案，请管理员为其设置机构"));
        if (unit is not null && !viewer.IsAdmin && !(await StartUnitsAsync(viewer, ct)).Contains(unit))
            throw new CaseAccessDeniedException("case-start-organisation", PeopleNames.Refusal(viewer.Name, policy.StartUnitRule(await UnitNameAsync(unit, ct))));
        if (unit is not null) variables[OrganisationVariable] = unit;
        var started = await engine.StartProcessInstanceAsync(command with { Variables = variables, StartedBy = actor.Username }, ct);
        // The starter may see none of the case's tasks (they go to another unit or role): the 案号 travels with the answer.
        return started with { CaseNumber = await queries.CaseNumberAsync(long.Parse(started.ProcessInstanceKey, System.Globalization.CultureInfo.InvariantCulture), ct) };
    }

    /// <summary>The model's candidate starters decide when it declares them (admin always may); otherwise the policy does. A
    /// starter declaration never makes a designer a case worker: designers hold no case role.</summary>
    private bool MayStart(Viewer viewer, Model.ProcessModel model) =>
        viewer.IsAdmin || (viewer.HasCaseRole && (model.Starters is { } starters
            ? starters.Allows(viewer.Username, viewer.Groups, viewer.Roles)
            : policy.MayStartUndeclared(Caller(viewer))));

    private void RequireMayStart(Viewer viewer, Model.ProcessModel model, string processId)
    {
        if (!MayStart(viewer, model))
            throw new CaseAccessDeniedException("process-start-not-allowed",
                PeopleNames.Refusal(viewer.Name, $"不能发起流程「{model.Name ?? processId}」，"
                + (model.Starters is { } s ? (s.NamesNobody ? "该流程只由其他流程调用或触发，不能手动发起" : $"模型只允许{Describe(s)}发起")
                    : policy.UndeclaredStartersRule)));
    }

    private string Describe(Model.StartAuthorization starters) => string.Join("；", new[]
    {
        starters.Roles.Count > 0 ? "角色 " + string.Join("、", starters.Roles.Select(policy.RoleName)) : null,
        starters.Groups.Count > 0 ? "组 " + string.Join("、", starters.Groups) : null,
        starters.Users.Count > 0 ? "用户 " + string.Join("、", starters.Users) : null,
    }.OfType<string>());

    /// <summary>Where the caller may open cases (the policy's units; none without a unit).</summary>
    private async Task<IReadOnlySet<string>> StartUnitsAsync(Viewer viewer, CancellationToken ct) =>
        viewer.OrganisationId is null ? new HashSet<string>(StringComparer.Ordinal) : await policy.StartUnitsAsync(Caller(viewer), ct);

    internal async Task<CaseScope> ScopeAsync(TaskActor actor, CancellationToken ct)
    {
        var viewer = await Viewer.ResolveAsync(actor, people, ct);
        var units = !viewer.IsAdmin && viewer.OrganisationId is not null
            ? await policy.UnitsAsync(Caller(viewer), ct)
            : new CaseUnits(new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        return new CaseScope { Viewer = viewer, ActUnits = units.Act, ReadUnits = units.Read };
    }

    private static CaseCaller Caller(Viewer viewer) =>
        new(viewer.Username, viewer.Roles, viewer.Groups, viewer.OrganisationId, viewer.SupervisedArea);

    private async Task<CaseAccessDeniedException> InvisibleAsync(TaskActor actor, CancellationToken ct) =>
        new("case-visibility", PeopleNames.Refusal(await people.DisplayNameAsync(actor.Username, ct), policy.InvisibleRule));

    private async Task<string> UnitNameAsync(string unit, CancellationToken ct) =>
        (await people.OrganisationNamesAsync([unit], ct)).GetValueOrDefault(unit) is { Length: > 0 } name ? $"「{name}」" : $"机构 {unit} ";
}
