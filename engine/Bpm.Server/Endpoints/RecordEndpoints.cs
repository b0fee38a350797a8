using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bpm.Engine.Cases;
using Bpm.Engine.Records;
using Bpm.Server.Auth;
using Bpm.Server.Auth.Policies;
using Bpm.Server.Problems;
using Bpm.Server.Records;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Bpm.Server.Endpoints;

/// <summary>The full-process record (docs/records.md): <c>GET /api/process-instances/{key}/integrity</c> verifies a case's
/// history chain for whoever may read the case.</summary>
public static class RecordEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/process-instances/{key}/integrity", IntegrityAsync).RequireAuthorization(BpmPolicies.CaseRole)
            .RecordsCaseRead(CaseReadKind.Instance, "integrity");
    }

    private static async Task<IResult> IntegrityAsync(string key, ClaimsPrincipal user, ICaseAccessService cases, RecordVerifier verifier,
        IOptions<JsonOptions> json, CancellationToken ct)
    {
        var instanceKey = RouteKeys.Parse(key, "key");
        await cases.RequireVisibleAsync(instanceKey, TaskActors.From(user), ct);
        if (await verifier.VerifyInstanceAsync(instanceKey, ct) is not { } report)
            return ApiProblems.NotFound($"流程实例 {key} 不存在");
        var options = new JsonSerializerOptions(json.Value.SerializerOptions) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        return Results.Json(report, options);
    }
}
