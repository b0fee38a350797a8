using System.Security.Claims;
using Bpm.Engine.Cases;
using Bpm.Engine.Records;
using Bpm.Server.Auth;
using Bpm.Server.Auth.Policies;
using Bpm.Server.Problems;
using Bpm.Server.Records;

namespace Bpm.Server.Endpoints;

/// <summary>Comments on a case (<c>{text}</c>; the author is the signed-in person, the time the server's). Anyone who may
/// see the case reads and adds them (<see cref="ICaseCommentService"/>); reading is recorded in the access log.</summary>
public static class CaseCommentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/process-instances/{key}/comments").RequireAuthorization(BpmPolicies.CaseComment);
        group.MapGet("", async (string key, ClaimsPrincipal user, ICaseCommentService comments, CancellationToken ct) =>
            Results.Ok(new ItemsResponse<CaseCommentInfo>(await comments.ListAsync(RouteKeys.Parse(key, "key"), TaskActors.From(user), ct))))
            .RecordsCaseRead(CaseReadKind.Instance, "comments");
        group.MapPost("", async (string key, HttpRequest request, ClaimsPrincipal user, ICaseCommentService comments, CancellationToken ct) =>
        {
            var instanceKey = RouteKeys.Parse(key, "key");
            var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
            var comment = await comments.AddAsync(instanceKey, JsonBody.RequiredString(body, "text"), TaskActors.From(user), ct);
            return Results.Created($"/api/process-instances/{key}/comments/{comment.CommentKey}", comment);
        });
    }
}
