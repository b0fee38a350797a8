using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Cases;
using Bpm.Engine.Queries;
using Bpm.Engine.Records;
using Bpm.Server.Records;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Commands;
using Bpm.Server.Auth;
using Bpm.Server.Auth.Policies;
using Bpm.Server.Problems;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Bpm.Server.Endpoints;

/// <summary>Start, read, list, trace and cancel process instances (cases). Every route applies the case-access rules
/// (<see cref="ICaseAccessService"/>, docs/security.md): 404 for a case that does not exist, 403 naming the rule otherwise.</summary>
public static class ProcessInstanceEndpoints
{
    public static readonly string[] States = StateText<ProcessInstanceState>.All;

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/process-instances").RequireAuthorization(BpmPolicies.CaseRole);
        group.MapPost("", StartAsync);
        group.MapGet("", ListAsync);
        group.MapGet("/{key}", GetAsync).RecordsCaseRead(CaseReadKind.Instance, "instance");
        group.MapGet("/{key}/history", HistoryAsync).RecordsCaseRead(CaseReadKind.Instance, "history");
        group.MapPost("/{key}/cancellation", CancelAsync);
        group.MapPut("/{key}/variables/{name}", SetVariableAsync).RequireAuthorization(BpmPolicies.VariableEdit);
    }

    private static async Task<IResult> StartAsync(HttpRequest request, ClaimsPrincipal user, ICaseAccessService cases, CancellationToken ct)
    {
        var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
        var command = new StartProcessInstanceCommand(
            JsonBody.RequiredString(body, "bpmnProcessId"),
            JsonBody.OptionalInt(body, "version"),
            JsonBody.OptionalString(body, "businessKey"),
            JsonBody.OptionalObject(body, "variables"));
        var started = await cases.StartAsync(command, JsonBody.OptionalString(body, "organisationId"), TaskActors.From(user), ct);
        return Results.Created($"/api/process-instances/{started.ProcessInstanceKey}", started);
    }

    /// <summary><c>process</c> is part of a process id or name (行政处罚 finds 行政处罚一般程序); <c>bpmnProcessId</c> is exact.</summary>
    private static async Task<IResult> ListAsync(string? state, string? bpmnProcessId, string? process, string? businessKey, int? page, int? pageSize,
        ClaimsPrincipal user, ICaseAccessService cases, CancellationToken ct)
    {
        var filter = new ProcessInstanceFilter(
            QueryValues.OneOf(state, "state", States), bpmnProcessId, businessKey,
            QueryValues.AtLeastOne(page, "page", 1), QueryValues.AtLeastOne(pageSize, "pageSize", 50), process);
        return Results.Ok(await cases.ListInstancesAsync(filter, TaskActors.From(user), ct));
    }

    private static async Task<IResult> GetAsync(string key, ClaimsPrincipal user, ICaseAccessService cases, IEngineQueries queries, CancellationToken ct)
    {
        var instanceKey = RouteKeys.Parse(key, "key");
        await cases.RequireVisibleAsync(instanceKey, TaskActors.From(user), ct);
        return await queries.GetInstanceAsync(instanceKey, ct) is { } instance
            ? Results.Ok(instance)
            : ApiProblems.NotFound($"流程实例 {key} 不存在");
    }

    private static async Task<IResult> HistoryAsync(string key, ClaimsPrincipal user, ICaseAccessService cases, IEngineQueries queries,
        IOptions<JsonOptions> json, CancellationToken ct)
    {
        var instanceKey = RouteKeys.Parse(key, "key");
        await cases.RequireVisibleAsync(instanceKey, TaskActors.From(user), ct);
        var history = await queries.GetHistoryAsync(instanceKey, ct);
        if (history is null)
            return ApiProblems.NotFound($"流程实例 {key} 不存在");
        // History entries carry only the fields that apply to their event; nulls are left out.
        var options = new JsonSerializerOptions(json.Value.SerializerOptions) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        return Results.Json(new ItemsResponse<HistoryEntry>(history), options);
    }

    /// <summary><c>{reason}</c> is required: the history's TERMINATED entry records who cancelled and why.</summary>
    private static async Task<IResult> CancelAsync(string key, HttpRequest request, ClaimsPrincipal user, ICaseAccessService cases,
        IProcessEngine engine, CancellationToken ct)
    {
        var instanceKey = RouteKeys.Parse(key, "key");
        var actor = TaskActors.From(user);
        await cases.RequireActAsync(instanceKey, actor, ct);
        var body = await JsonBody.ReadObjectAsync(request, optional: true, ct);
        var reason = JsonBody.OptionalString(body, "reason");
        if (string.IsNullOrWhiteSpace(reason))
            throw new ApiBadRequestException("撤销案件须说明理由（reason）", "reason");
        await engine.CancelProcessInstanceAsync(instanceKey, actor.Username, reason.Trim(), ct);
        return Results.NoContent();
    }

    /// <summary><c>{value, reason}</c>: corrects an existing process variable (any JSON value, null included); the reason is
    /// required and recorded with the caller on the VARIABLE_SET history entry. 409 <c>case-archived</c> on an ended case.</summary>
    private static async Task<IResult> SetVariableAsync(string key, string name, HttpRequest request, ClaimsPrincipal user,
        ICaseAccessService cases, IProcessEngine engine, CancellationToken ct)
    {
        var instanceKey = RouteKeys.Parse(key, "key");
        var actor = TaskActors.From(user);
        await cases.RequireActAsync(instanceKey, actor, ct);
        var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
        if (!body.TryGetPropertyValue("value", out var value))
            throw new ApiBadRequestException($"缺少变量「{name}」的新值（value；为 null 时清除该变量）", "value");
        var reason = JsonBody.OptionalString(body, "reason");
        if (string.IsNullOrWhiteSpace(reason))
            throw new ApiBadRequestException($"修改变量「{name}」须说明理由", "reason");
        await engine.SetVariableAsync(instanceKey, name, value, actor.Username, reason.Trim(), ct);
        return Results.NoContent();
    }
}
