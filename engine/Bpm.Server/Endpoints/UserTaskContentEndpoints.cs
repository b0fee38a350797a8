using System.Security.Claims;
using Bpm.Engine.UserTasks;
using Bpm.Server.Auth;
using Bpm.Server.Problems;
using Bpm.Engine.Records;
using Bpm.Server.Records;

namespace Bpm.Server.Endpoints;

/// <summary>Comments, attachments (multipart upload, field <c>file</c>, evidence fields: <see cref="Evidence.EvidenceFormFields"/>; downloads carry <c>X-Content-SHA256</c>) and the task history.</summary>
public static class UserTaskContentEndpoints
{
    public const string HashHeader = "X-Content-SHA256";
    private const string FileFieldRequired = "请以 multipart/form-data 上传文件，字段名为 file。";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/{key}/comments", async (string key, HttpRequest request, ClaimsPrincipal user, IUserTaskService tasks, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
            var comment = await tasks.AddCommentAsync(RouteKeys.Parse(key, "key"), JsonBody.RequiredString(body, "text"), TaskActors.From(user), ct);
            return Results.Created($"/api/user-tasks/{key}/comments", comment);
        });
        group.MapGet("/{key}/comments", async (string key, ClaimsPrincipal user, IUserTaskService tasks, CancellationToken ct) =>
            Results.Ok(new ItemsResponse<CommentInfo>(await tasks.ListCommentsAsync(RouteKeys.Parse(key, "key"), TaskActors.From(user), ct))))
            .RecordsCaseRead(CaseReadKind.Task, "task-comments");
        group.MapPost("/{key}/attachments", UploadAsync).DisableAntiforgery();
        group.MapGet("/{key}/attachments", async (string key, ClaimsPrincipal user, IUserTaskService tasks, CancellationToken ct) =>
            Results.Ok(new ItemsResponse<AttachmentInfo>(await tasks.ListAttachmentsAsync(RouteKeys.Parse(key, "key"), TaskActors.From(user), ct))))
            .RecordsCaseRead(CaseReadKind.Task, "task-attachments");
        group.MapGet("/{key}/attachments/{attachmentKey}", async (string key, string attachmentKey, HttpContext http, ClaimsPrincipal user,
            IUserTaskService tasks, CancellationToken ct) =>
        {
            var (attachment, content) = await tasks.OpenAttachmentAsync(RouteKeys.Parse(key, "key"), RouteKeys.Parse(attachmentKey, "attachmentKey"),
                TaskActors.From(user), ct);
            http.Response.Headers[HashHeader] = attachment.Sha256;
            return await Content.SafeDownload.FileAsync(content, attachment.Name, ct);
        }).RecordsCaseRead(CaseReadKind.Task, "task");
        group.MapGet("/{key}/history", async (string key, ClaimsPrincipal user, IUserTaskService tasks, CancellationToken ct) =>
            Results.Ok(new ItemsResponse<TaskHistoryInfo>(await tasks.HistoryAsync(RouteKeys.Parse(key, "key"), TaskActors.From(user), ct))))
            .RecordsCaseRead(CaseReadKind.Task, "task-history");
    }

    private static async Task<IResult> UploadAsync(string key, HttpRequest request, ClaimsPrincipal user, IUserTaskService tasks, CancellationToken ct)
    {
        var taskKey = RouteKeys.Parse(key, "key");
        if (!request.HasFormContentType) throw new ApiBadRequestException(FileFieldRequired, "file");
        // Files past 64 KiB are buffered to a temporary file, never whole in memory; the body itself is capped by RequestBodyLimits.
        request.HttpContext.Features.Set<Microsoft.AspNetCore.Http.Features.IFormFeature>(new Microsoft.AspNetCore.Http.Features.FormFeature(request,
            new Microsoft.AspNetCore.Http.Features.FormOptions { MultipartBodyLengthLimit = long.MaxValue }));
        var form = await request.ReadFormAsync(ct);
        var evidence = Evidence.EvidenceFormFields.Read(form, TaskActors.From(user).Username);
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault()
            ?? throw new ApiBadRequestException(FileFieldRequired, "file");
        await using var content = file.OpenReadStream();
        var attachment = await tasks.AddAttachmentAsync(taskKey, file.FileName, file.ContentType, content, TaskActors.From(user), ct, evidence);
        return Results.Created($"/api/user-tasks/{key}/attachments/{attachment.AttachmentKey}", attachment);
    }
}
