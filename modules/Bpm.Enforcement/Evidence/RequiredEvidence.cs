using Bpm.Engine.UserTasks;

namespace Bpm.Enforcement.Evidence;

/// <summary>At completion, in the completing step: every item of the task's <c>evidence</c> header must be matched by an
/// evidence attachment of the task, else 409 naming the first missing item (rule <see cref="Rule"/>).</summary>
public sealed class RequiredEvidence : IUserTaskCompletionRule
{
    public const string Rule = "evidence-required";
    public const string Law = "行政执法全过程记录制度：音像记录事项清单（国办发〔2018〕118号）";

    public async Task CheckAsync(UserTaskCompletionCheck completion, CancellationToken ct)
    {
        var items = EvidenceHeader.Of(completion.Node);
        if (items.Count == 0) return;
        var present = (await completion.AttachmentsAsync(ct)).Where(a => a.Evidence is not null)
            .Select(a => a.Evidence!.Kind).ToHashSet(StringComparer.Ordinal);
        var missing = items.FirstOrDefault(item => !item.Any(present.Contains));
        if (missing is null) return;
        var names = string.Join("或", missing.Select(kind => EvidenceKinds.Names[kind]));
        throw new UserTaskRuleViolationException(Rule, Law,
            $"「{completion.TaskName}」须有音像记录：缺少{names}（{string.Join("|", missing)}），请先上传（{Law}）", "evidence");
    }
}
