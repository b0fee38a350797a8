using System.Text.Json;
using System.Text.Json.Serialization;
using Bpm.Engine.Queries;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Commands;
using Bpm.Server.Problems;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Bpm.Server.Endpoints;

/// <summary>Start, read, list, trace and cancel process instances.</summary>
public static class ProcessInstanceEndpoints
{
    public static readonly string[] States = ["ACTIVE", "COMPLETED", "TERMINATED"];

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/process-instances");
        group.MapPost("", StartAsync);
        group.MapGet("", ListAsync);
        group.MapGet("/{key}", GetAsync);
        group.MapGet("/{key}/history", HistoryAsync);
        group.MapPost("/{key}/cancellation", async (string key, IProcessEngine engine, CancellationToken ct) =>
        {
            await engine.CancelProcessInstanceAsync(RouteKeys.Parse(key, "key"), ct);
            return Results.NoContent();
        });
    }

    private static async Task<IResult> StartAsync(HttpRequest request, IProcessEngine engine, CancellationToken ct)
    {
        var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
        var command = new StartProcessInstanceCommand(
            JsonBody.RequiredString(body, "bpmnProcessId"),
            JsonBody.OptionalInt(body, "version"),
            JsonBody.OptionalString(body, "businessKey"),
            JsonBody.OptionalObject(body, "variables"));
        var started = await engine.StartProcessInstanceAsync(command, ct);
        return Results.Created($"/api/process-instances/{started.ProcessInstanceKey}", started);
    }

    private static async Task<IResult> ListAsync(string? state, string? bpmnProcessId, string? businessKey, int? page, int? pageSize,
        IEngineQueries queries, CancellationToken ct)
    {
        var filter = new ProcessInstanceFilter(
            QueryValues.OneOf(state, "state", States), bpmnProcessId, businessKey,
            QueryValues.AtLeastOne(page, "page", 1), QueryValues.AtLeastOne(pageSize, "pageSize", 50));
        return Results.Ok(await queries.ListInstancesAsync(filter, ct));
    }

    private static async Task<IResult> GetAsync(string key, IEngineQueries queries, CancellationToken ct) =>
        await queries.GetInstanceAsync(RouteKeys.Parse(key, "key"), ct) is { } instance
            ? Results.Ok(instance)
            : ApiProblems.NotFound($"Process instance {key} does not exist.");

    private static async Task<IResult> HistoryAsync(string key, IEngineQueries queries, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var history = await queries.GetHistoryAsync(RouteKeys.Parse(key, "key"), ct);
        if (history is null)
            return ApiProblems.NotFound($"Process instance {key} does not exist.");
        // History entries carry only the fields that apply to their event; nulls are left out.
        var options = new JsonSerializerOptions(json.Value.SerializerOptions) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        return Results.Json(new ItemsResponse<HistoryEntry>(history), options);
    }
}
