using Bpm.Server.Auth.Policies;
using Bpm.Engine.Queries;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>Per-element instance counts of one definition version, or of every version of a process id: counts only, no case
/// data, for designers, heads, supervisors and admin (<see cref="BpmPolicies.Statistics"/>, docs/security.md).</summary>
public static class ElementStatisticsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/process-definitions").RequireAuthorization(BpmPolicies.Statistics);
        group.MapGet("/{key}/statistics", async (string key, IEngineQueries queries, IElementStatisticsQueries statistics, CancellationToken ct) =>
        {
            var definitionKey = RouteKeys.Parse(key, "key");
            if (await queries.GetDefinitionAsync(definitionKey, ct) is null)
                return ApiProblems.NotFound($"流程定义 {key} 不存在");
            return Results.Ok(new ItemsResponse<ElementStatistics>(await statistics.CountAsync(ElementStatisticsScope.OfDefinition(definitionKey), ct)));
        });

        group.MapGet("/statistics", async (string? bpmnProcessId, IEngineQueries queries, IElementStatisticsQueries statistics, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(bpmnProcessId))
                throw new ApiBadRequestException("缺少 bpmnProcessId：要统计哪个流程的各版本", "bpmnProcessId");
            if ((await queries.ListDefinitionsAsync(bpmnProcessId, ct)).Count == 0)
                return ApiProblems.NotFound($"流程「{bpmnProcessId}」尚未部署");
            return Results.Ok(new ItemsResponse<ElementStatistics>(await statistics.CountAsync(ElementStatisticsScope.OfProcess(bpmnProcessId), ct)));
        });
    }
}
