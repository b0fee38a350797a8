using System.Text.Json.Nodes;
using Bpm.Engine.Decisions;
using Bpm.Engine.Decisions.Evaluation;
using Bpm.Server.Auth.Policies;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>Deployed DMN decisions (discretion benchmarks): <c>GET /api/decision-definitions</c> lists the latest version of
/// each (<c>?decisionId=</c> every version of one, <c>?allVersions=true</c> every version of all), <c>GET …/{key}</c> and
/// <c>…/{key}/xml</c> read one, for any signed-in person (benchmarks are public rules); <c>POST …/{decisionId}/evaluation</c>
/// evaluates one on facts without storing anything (<see cref="BpmPolicies.DecisionEvaluation"/>). Deploying goes through
/// <c>POST /api/deployments</c>.</summary>
public static class DecisionEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/decision-definitions");
        group.MapGet("", async (string? decisionId, bool? allVersions, IDecisionService decisions, CancellationToken ct) =>
            Results.Ok(new ItemsResponse<DecisionDefinitionInfo>(await decisions.ListAsync(decisionId, allVersions == true || decisionId is not null, ct))))
            .RequireAuthorization(BpmPolicies.Person);
        group.MapGet("/{key}", async (string key, IDecisionService decisions, CancellationToken ct) =>
            await decisions.GetAsync(RouteKeys.Parse(key, "key"), ct) is { } info
                ? Results.Ok(info)
                : ApiProblems.NotFound($"决策定义 {key} 不存在"))
            .RequireAuthorization(BpmPolicies.Person);
        group.MapGet("/{key}/xml", async (string key, IDecisionService decisions, CancellationToken ct) =>
            await decisions.GetXmlAsync(RouteKeys.Parse(key, "key"), ct) is { } xml
                ? Results.Text(xml, "application/xml; charset=utf-8")
                : ApiProblems.NotFound($"决策定义 {key} 不存在"))
            .RequireAuthorization(BpmPolicies.Person);
        group.MapPost("/{decisionId}/evaluation", EvaluateAsync).RequireAuthorization(BpmPolicies.DecisionEvaluation);
    }

    private static async Task<IResult> EvaluateAsync(string decisionId, HttpRequest request, IDecisionService decisions, CancellationToken ct)
    {
        var body = await JsonBody.ReadObjectAsync(request, optional: true, ct);
        var version = JsonBody.OptionalInt(body, "version");
        if (version is < 1) throw new ApiBadRequestException($"'{version}' 不是有效的版本号：版本号从 1 开始", "version");
        var (decision, evaluation) = await decisions.EvaluateAsync(decisionId, version, JsonBody.OptionalObject(body, "variables"), ct);
        return Results.Ok(new JsonObject
        {
            ["decisionId"] = decision.DecisionId,
            ["decisionName"] = decision.Name,
            ["decisionKey"] = decision.Key.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["version"] = decision.Version,
            ["result"] = Bpm.Engine.Expressions.FeelValues.ToJson(evaluation.Result),
            ["matchedRules"] = new JsonArray(evaluation.MatchedRules.Select(r => (JsonNode)DecisionEvaluation.MatchedRuleJson(r)).ToArray()),
            ["evaluation"] = evaluation.ToJson(),
        });
    }
}
