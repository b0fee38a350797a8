using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.UserTasks;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Evidence;

/// <summary>At completion, in the completing step: every item of the task's <c>evidence</c> header must be matched by an
/// evidence attachment of the task, else 409 naming the first missing item (rule <see cref="Rule"/>).</summary>
internal static class RequiredEvidence
{
    public const string Rule = "evidence-required";
    public const string Law = "行政执法全过程记录制度：音像记录事项清单（国办发〔2018〕118号）";

    public static async Task CheckAsync(IDbContextFactory<BpmDbContext> contexts, InstanceExecution instance, UserTaskEntity task, CancellationToken ct)
    {
        var items = EvidenceHeader.Of(instance.Model.Node(task.ElementId));
        if (items.Count == 0) return;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var present = (await db.UserTaskAttachments.AsNoTracking().Where(a => a.TaskKey == task.Key && a.EvidenceKind != null)
            .Select(a => a.EvidenceKind!).Distinct().ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var missing = items.FirstOrDefault(item => !item.Any(present.Contains));
        if (missing is null) return;
        var names = string.Join("或", missing.Select(kind => EvidenceKinds.Names[kind]));
        throw new UserTaskRuleViolationException(Rule, Law,
            $"「{task.Name ?? task.ElementId}」须有音像记录：缺少{names}（{string.Join("|", missing)}），请先上传（{Law}） "
            + $"(this step must carry the audio-video record {string.Join("|", missing)})", "evidence");
    }
}
