using System.Security.Claims;
using Bpm.Engine.Cases;
using Bpm.Engine.Documents;
using Bpm.Engine.Runtime;
using Bpm.Server.Auth;
using Bpm.Server.Auth.Policies;
using Bpm.Server.Problems;
using Bpm.Engine.Records;
using Bpm.Server.Records;

namespace Bpm.Server.Endpoints;

/// <summary>Case documents (generated 文书): the list of an instance and the download, which carries <c>X-Content-SHA256</c>.
/// Case roles only (not designers), and only for a case the caller may see (<see cref="ICaseAccessService"/>).</summary>
public static class DocumentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/process-instances/{key}/documents", async (string key, ClaimsPrincipal user, ICaseAccessService cases,
            CaseDocumentQueries documents, CancellationToken ct) =>
        {
            var instanceKey = RouteKeys.Parse(key, "key");
            await cases.RequireVisibleAsync(instanceKey, TaskActors.From(user), ct);
            var items = await documents.ListAsync(instanceKey, ct)
                ?? throw EngineNotFoundException.Missing("process instance", key);
            return Results.Ok(new ItemsResponse<CaseDocumentInfo>(items));
        }).RequireAuthorization(BpmPolicies.CaseRole).RecordsCaseRead(CaseReadKind.Instance, "documents");

        api.MapGet("/documents/{documentKey}", async (string documentKey, HttpContext http, ClaimsPrincipal user, ICaseAccessService cases,
            CaseDocumentQueries documents, CancellationToken ct) =>
        {
            var key = RouteKeys.Parse(documentKey, "documentKey");
            await cases.RequireDocumentAsync(key, TaskActors.From(user), ct);
            var (document, content) = await documents.OpenAsync(key, ct)
                ?? throw EngineNotFoundException.Missing("document", documentKey);
            http.Response.Headers[UserTaskContentEndpoints.HashHeader] = document.Sha256;
            return await Content.SafeDownload.FileAsync(content, document.Name, ct);
        }).RequireAuthorization(BpmPolicies.CaseRole).RecordsCaseRead(CaseReadKind.Document, "document");
    }
}
