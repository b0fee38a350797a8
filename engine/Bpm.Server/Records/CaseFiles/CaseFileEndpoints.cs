using System.Security.Claims;
using Bpm.Engine.Cases;
using Bpm.Engine.Records;
using Bpm.Server.Auth;
using Bpm.Server.Auth.Policies;
using Bpm.Server.Problems;

namespace Bpm.Server.Records.CaseFiles;

/// <summary><c>GET /api/process-instances/{key}/case-file</c>: the electronic case file (电子卷宗) as one ZIP streamed to the
/// response, for whoever may read the case (policy <see cref="BpmPolicies.CaseFile"/>); the read is logged like any other.</summary>
public static class CaseFileEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/process-instances/{key}/case-file", DownloadAsync).RequireAuthorization(BpmPolicies.CaseFile)
            .RecordsCaseRead(CaseReadKind.Instance, "case-file");
    }

    private static async Task<IResult> DownloadAsync(string key, ClaimsPrincipal user, ICaseAccessService cases, CaseFileWriter writer,
        CancellationToken ct)
    {
        var instanceKey = RouteKeys.Parse(key, "key");
        var actor = TaskActors.From(user);
        await cases.RequireVisibleAsync(instanceKey, actor, ct);
        return new CaseFileResult(instanceKey, actor.Username, writer);
    }
}
