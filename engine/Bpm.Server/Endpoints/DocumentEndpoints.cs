using Bpm.Engine.Documents;
using Bpm.Server.Identity.Vocabulary;
using Bpm.Engine.Runtime;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>Case documents (generated 文书): the list of an instance and the download, which carries <c>X-Content-SHA256</c>.
/// Open to every role that works on cases (not designers).</summary>
public static class DocumentEndpoints
{
    private static readonly string[] CaseRoles =
        [IdentityRoles.Admin, IdentityRoles.Head, IdentityRoles.Supervisor, IdentityRoles.Reviewer, IdentityRoles.Officer];

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/process-instances/{key}/documents", async (string key, CaseDocumentQueries documents, CancellationToken ct) =>
        {
            var items = await documents.ListAsync(RouteKeys.Parse(key, "key"), ct)
                ?? throw new EngineNotFoundException($"Process instance {key} does not exist.");
            return Results.Ok(new ItemsResponse<CaseDocumentInfo>(items));
        }).RequireAuthorization(policy => policy.RequireRole(CaseRoles));

        api.MapGet("/documents/{documentKey}", async (string documentKey, HttpContext http, CaseDocumentQueries documents, CancellationToken ct) =>
        {
            var (document, content) = await documents.OpenAsync(RouteKeys.Parse(documentKey, "documentKey"), ct)
                ?? throw new EngineNotFoundException($"Document {documentKey} does not exist.");
            http.Response.Headers[UserTaskContentEndpoints.HashHeader] = document.Sha256;
            return await Content.SafeDownload.FileAsync(content, document.Name, ct);
        }).RequireAuthorization(policy => policy.RequireRole(CaseRoles));
    }
}
