using System.Text.Json.Nodes;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.Queries;
using Bpm.Engine.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.UserTasks;

internal sealed partial class UserTaskService
{
    private const int MaxCommentLength = 10_000;

    public async Task<CommentInfo> AddCommentAsync(long taskKey, string text, TaskActor actor, CancellationToken ct)
    {
        Require(text, "text");
        if (text.Length > MaxCommentLength) throw new InvalidCommandException($"意见 text 超过 {MaxCommentLength} 个字符", "text");
        var comment = await ChangeAsync(taskKey, actor, requireOpen: false, (step, instance, task, _) =>
        {
            var comment = new UserTaskCommentEntity
            {
                Key = context.Keys.Next(), TaskKey = task.Key, ProcessInstanceKey = task.ProcessInstanceKey, Author = actor.Username, Text = text, CreatedAt = step.Now,
            };
            step.Changes.InsertedComments.Add(comment);
            step.RecordTaskEvent(instance, task, UserTaskEvents.Commented, actor.Username, new JsonObject { ["commentKey"] = UserTaskMapper.Key(comment.Key) });
            return comment;
        }, ct);
        return ToInfo(comment);
    }

    public async Task<IReadOnlyList<CommentInfo>> ListCommentsAsync(long taskKey, TaskActor actor, CancellationToken ct)
    {
        await ReadVisibleAsync(taskKey, actor, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.UserTaskComments.AsNoTracking().Where(c => c.TaskKey == taskKey).ToListAsync(ct);
        return rows.OrderBy(c => c.CreatedAt).ThenBy(c => c.Key).Select(ToInfo).ToList();
    }

    /// <summary>The bytes are stored before the step (content-addressed, so a failed step leaves at most an unreferenced file).</summary>
    public async Task<AttachmentInfo> AddAttachmentAsync(long taskKey, string name, string contentType, Stream content, TaskActor actor, CancellationToken ct,
        Evidence.EvidenceDetails? evidence = null)
    {
        Require(name, "file");
        var (visible, _) = await ReadVisibleAsync(taskKey, actor, ct);
        await RequireCaseWritableAsync(visible.ProcessInstanceKey, ct);
        if (content.CanSeek) await quota.EnsureRoomAsync(taskKey, content.Length - content.Position, ct);
        var (sha256, size) = await attachments.SaveAsync(content, ct);
        if (!content.CanSeek) await quota.EnsureRoomAsync(taskKey, size, ct);
        var attachment = await ChangeAsync(taskKey, actor, requireOpen: false, (step, instance, task, _) =>
        {
            var row = new UserTaskAttachmentEntity
            {
                Key = context.Keys.Next(), TaskKey = task.Key, ProcessInstanceKey = task.ProcessInstanceKey, Name = Path.GetFileName(name), ContentType = string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType,
                Size = size, Sha256 = sha256, UploadedBy = actor.Username, UploadedAt = step.Now,
                EvidenceKind = evidence?.Kind, Device = evidence?.Device, CapturedAt = evidence?.CapturedAt, CapturedPlace = evidence?.Place,
                Officer = evidence?.Officer,
            };
            step.Changes.InsertedAttachments.Add(row);
            var details = new JsonObject
            {
                ["attachmentKey"] = UserTaskMapper.Key(row.Key), ["name"] = row.Name, ["sha256"] = sha256, ["size"] = size,
            };
            if (evidence is not null)
            {
                details["evidence"] = new JsonObject
                {
                    ["kind"] = evidence.Kind, ["device"] = evidence.Device, ["capturedAt"] = evidence.CapturedAt, ["place"] = evidence.Place,
                    ["officer"] = evidence.Officer,
                };
            }
            step.RecordTaskEvent(instance, task, UserTaskEvents.Attached, actor.Username, details);
            return row;
        }, ct);
        return ToInfo(attachment);
    }

    /// <summary>Refuses before the bytes are stored; the step checks again on the state it commits against.</summary>
    private async Task RequireCaseWritableAsync(long processInstanceKey, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var instance = await db.ProcessInstances.AsNoTracking().Where(i => i.Key == processInstanceKey)
            .Select(i => new { i.State, i.StateData, i.ProcessDefinitionKey, i.BpmnProcessId }).FirstOrDefaultAsync(ct);
        if (instance is null || instance.State == Persistence.States.ProcessInstanceState.Active) return;
        var definition = await context.Models.GetAsync(instance.ProcessDefinitionKey, ct);
        await Records.ArchivedCase.RequireWritableAsync(processInstanceKey, instance.State,
            Persistence.Queries.EngineQueries.RootVariables(instance.StateData), definition.Name ?? instance.BpmnProcessId, caseNumbers, ct);
    }

    public async Task<IReadOnlyList<AttachmentInfo>> ListAttachmentsAsync(long taskKey, TaskActor actor, CancellationToken ct)
    {
        await ReadVisibleAsync(taskKey, actor, ct);
        return await ReadAttachmentsAsync(taskKey, ct);
    }

    /// <summary>The task's attachments without a visibility check (completion rules read them inside the completing step).</summary>
    private async Task<IReadOnlyList<AttachmentInfo>> ReadAttachmentsAsync(long taskKey, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.UserTaskAttachments.AsNoTracking().Where(a => a.TaskKey == taskKey).ToListAsync(ct);
        return rows.OrderBy(a => a.UploadedAt).ThenBy(a => a.Key).Select(ToInfo).ToList();
    }

    public async Task<(AttachmentInfo Attachment, Stream Content)> OpenAttachmentAsync(long taskKey, long attachmentKey, TaskActor actor, CancellationToken ct)
    {
        await ReadVisibleAsync(taskKey, actor, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.UserTaskAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Key == attachmentKey && a.TaskKey == taskKey, ct)
            ?? throw new EngineNotFoundException($"任务 {taskKey} 没有编号为 {attachmentKey} 的附件");
        return (ToInfo(row), await attachments.OpenAsync(row.Sha256, ct));
    }

    private static CommentInfo ToInfo(UserTaskCommentEntity c) => new(UserTaskMapper.Key(c.Key), c.Author, c.Text, c.CreatedAt);

    private static AttachmentInfo ToInfo(UserTaskAttachmentEntity a) =>
        new(UserTaskMapper.Key(a.Key), a.Name, a.ContentType, a.Size, a.Sha256, a.UploadedBy, a.UploadedAt,
            a.EvidenceKind is null ? null : new Evidence.EvidenceDetails(a.EvidenceKind, a.Device, a.CapturedAt ?? a.UploadedAt, a.CapturedPlace ?? "", a.Officer ?? a.UploadedBy));
}
