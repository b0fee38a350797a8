using Bpm.Engine.People;
using Bpm.Engine.Model;
using Bpm.Engine.Runtime;
using Bpm.Engine.UserTasks;

namespace Bpm.Enforcement.Qualification;

/// <summary><c>excludePerformersOf</c> = element ids: whoever was the assignee of, completed or confirmed one of the named
/// tasks, in this case or a calling one, may not perform this task (reviewer ≠ investigator, hearing host ≠ investigator);
/// with <c>excludePerformersField</c>, neither may the person a completion names in that form field.</summary>
public sealed class SeparationOfDutiesRule : IAssignmentRule
{
    public const string Rule = "separation-of-duties";
    public const string Law =
        "《中华人民共和国行政处罚法》第五十八条（法制审核）；国办发〔2018〕118号（法制审核人员不得为案件承办人员）";

    public string Name => Rule;

    public bool AppliesTo(TaskNode task) => AssignmentHeaders.ExcludedElements(task).Count > 0;

    public IEnumerable<string> HeaderProblems(TaskNode task, ProcessModel model)
    {
        const string header = AssignmentHeaders.ExcludePerformersOf;
        if (!task.Headers.ContainsKey(header)) yield break;
        var ids = AssignmentHeaders.ExcludedElements(task);
        if (!task.IsWorkedByPeople) yield return AssignmentHeaders.OnlyOnUserTasks(header);
        else if (ids.Count == 0) yield return $"任务头「{header}」没有列出任何元素";
        // An id not in this process may be a task of a calling process (a reusable 法制审核 excludes the caller's investigator).
        foreach (var id in ids.Where(id => model.ElementsById.TryGetValue(id, out var element) && element is not TaskNode { IsWorkedByPeople: true }))
            yield return $"任务头「{header}」列出的「{id}」是本流程的元素，但不是用户任务";
        foreach (var id in ids.Where(id => !IsElementId(id)))
            yield return $"任务头「{header}」列出的「{id}」不是有效的元素 id";
    }

    public Task CheckPerformerAsync(AssignmentCheck check, CancellationToken ct) =>
        RequireSeparationAsync(check, check.Performer, check.Field, role: null, ct);

    /// <summary>The person a completion names in <c>excludePerformersField</c> (by username) must be a known user (else 400
    /// naming the field) who performed none of the excluded tasks (else 409 naming the field). Compared by username, so a
    /// namesake or a misspelt name neither slips through nor is confused.</summary>
    public async Task CheckCompletionAsync(AssignmentCheck check, CancellationToken ct)
    {
        if (AssignmentHeaders.Trimmed(check.Node, AssignmentHeaders.ExcludePerformersField) is not { } field) return;
        if (check.Variables?[field] is not System.Text.Json.Nodes.JsonValue value || !value.TryGetValue<string>(out var username) || username.Length == 0) return;
        if (await check.People.FindAsync(username, ct) is null)
            throw new InvalidCommandException($"{field}：用户「{username}」不在组织机构人员名册中，请从本机构执法人员中选择", field);
        await RequireSeparationAsync(check, username, field, role: $"担任 {field}", ct);
    }

    private static async Task RequireSeparationAsync(AssignmentCheck check, string username, string field, string? role, CancellationToken ct)
    {
        var performed = await check.PerformedAsync(username, AssignmentHeaders.ExcludedElements(check.Node), ct);
        if (performed.Count == 0) return;
        var law = AssignmentHeaders.Trimmed(check.Node, AssignmentHeaders.ExcludePerformersLaw) ?? Law;
        throw new UserTaskRuleViolationException(Rule, law,
            $"{await check.People.DisplayNameAsync(username, ct)}已办理或确认本案的「{string.Join("」「", performed)}」，不得再{role ?? "办理该任务"}（{law}）", field);
    }

    private static bool IsElementId(string id)
    {
        try
        {
            System.Xml.XmlConvert.VerifyNCName(id);
            return true;
        }
        catch (System.Xml.XmlException)
        {
            return false;
        }
    }
}
