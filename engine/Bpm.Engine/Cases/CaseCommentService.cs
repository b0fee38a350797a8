using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.Queries;
using Bpm.Engine.Runtime;
using Bpm.Engine.UserTasks;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Cases;

/// <summary>Comments on a case. Adding one is a command on the case (<see cref="ProcessEngine.RunCommandAsync{T}"/>): the row
/// commits in the step's transaction with the instance's revision check, so an ended (archived) case refuses it with 409
/// <c>case-archived</c>, like every other write.</summary>
internal sealed class CaseCommentService(ICaseAccessService cases, IDbContextFactory<BpmDbContext> contexts, KeyGenerator keys,
    ProcessEngine engine) : ICaseCommentService
{
    public const int MaxLength = 10_000;

    public async Task<CaseCommentInfo> AddAsync(long processInstanceKey, string text, TaskActor actor, CancellationToken ct)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0) throw new InvalidCommandException("text 不能为空", "text");
        if (trimmed.Length > MaxLength) throw new InvalidCommandException($"text 超过 {MaxLength} 个字符", "text");
        await cases.RequireVisibleAsync(processInstanceKey, actor, ct);
        var row = await engine.RunCommandAsync(requireCallerMaySee: null, async step =>
        {
            step.Actor = actor.Username;
            await step.LoadAsync(processInstanceKey);
            var comment = new CaseCommentEntity
            {
                Key = keys.Next(), ProcessInstanceKey = processInstanceKey, Author = actor.Username, Text = trimmed, CreatedAt = step.Now,
            };
            step.Changes.Insert(comment);
            return comment;
        }, ct);
        return ToInfo(row);
    }

    public async Task<IReadOnlyList<CaseCommentInfo>> ListAsync(long processInstanceKey, TaskActor actor, CancellationToken ct)
    {
        await cases.RequireVisibleAsync(processInstanceKey, actor, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.CaseComments.AsNoTracking().Where(c => c.ProcessInstanceKey == processInstanceKey).ToListAsync(ct);
        return rows.OrderBy(c => c.CreatedAt).ThenBy(c => c.Key).Select(ToInfo).ToList();
    }

    private static CaseCommentInfo ToInfo(CaseCommentEntity c) =>
        new(UserTaskMapper.Key(c.Key), UserTaskMapper.Key(c.ProcessInstanceKey), c.Author, c.Text, c.CreatedAt);
}
