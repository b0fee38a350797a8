using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.Queries;
using Bpm.Engine.Runtime;
using Bpm.Engine.UserTasks;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Cases;

internal sealed class CaseCommentService(ICaseAccessService cases, IDbContextFactory<BpmDbContext> contexts, KeyGenerator keys,
    TimeProvider clock) : ICaseCommentService
{
    public const int MaxLength = 10_000;

    public async Task<CaseCommentInfo> AddAsync(long processInstanceKey, string text, TaskActor actor, CancellationToken ct)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0) throw new InvalidCommandException("text 不能为空", "text");
        if (trimmed.Length > MaxLength) throw new InvalidCommandException($"text 超过 {MaxLength} 个字符", "text");
        await cases.RequireVisibleAsync(processInstanceKey, actor, ct);
        var row = new CaseCommentEntity
        {
            Key = keys.Next(), ProcessInstanceKey = processInstanceKey, Author = actor.Username, Text = trimmed, CreatedAt = clock.GetUtcNow(),
        };
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.CaseComments.Add(row);
        await db.SaveChangesAsync(ct);
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
