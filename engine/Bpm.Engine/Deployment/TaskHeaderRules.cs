using Bpm.Engine.Expressions;
using Bpm.Engine.Model;
using Bpm.Engine.Parsing;
using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Deployment;

/// <summary>Checks the user-task headers the engine gives meaning to (the headers of the registered assignment rules, the
/// rule names in <c>assignmentRules</c>, dispute positions) at deployment, so a typo is refused with the element id instead
/// of silently not applying.</summary>
internal static class TaskHeaderRules
{
    public static IEnumerable<ValidationError> Check(ProcessModel model, FeelEngine feel, IReadOnlyList<IAssignmentRule> rules, string resourceName)
    {
        foreach (var task in model.ElementsById.Values.OfType<TaskNode>().OrderBy(t => t.Line))
        {
            foreach (var message in Problems(task, model, rules, feel))
                yield return new ValidationError(task.Id, $"{ElementLabel.Of(task)}：{message}", task.Line, task.ElementType, resourceName);
        }
    }

    private static IEnumerable<string> Problems(TaskNode task, ProcessModel model, IReadOnlyList<IAssignmentRule> rules, FeelEngine feel)
    {
        var headers = task.Headers;
        var isUser = task.IsWorkedByPeople;
        foreach (var problem in rules.SelectMany(rule => rule.HeaderProblems(task, model)))
            yield return problem;
        if (headers.ContainsKey(AssignmentRuleHeader.Name))
        {
            var names = AssignmentRuleHeader.Names(task);
            if (!isUser) yield return $"任务头「{AssignmentRuleHeader.Name}」只能用在用户任务上";
            else if (names.Count == 0) yield return $"任务头「{AssignmentRuleHeader.Name}」没有列出任何规则";
            foreach (var name in names.Where(name => !rules.Any(r => r.Name == name)).Distinct())
                yield return $"任务头「{AssignmentRuleHeader.Name}」列出的规则「{name}」未注册（已注册：{Registered(rules)}）";
        }
        if (headers.TryGetValue(Escalations.EscalationSteps.DisputePositionsHeader, out var positions))
        {
            if (!isUser) yield return $"任务头「{Escalations.EscalationSteps.DisputePositionsHeader}」只能用在用户任务上";
            else if (FeelProblem(feel, positions) is { } problem)
                yield return $"任务头「{Escalations.EscalationSteps.DisputePositionsHeader}」须为给出意见列表的 FEEL 表达式（=...）：{problem}";
        }
    }

    private static string Registered(IReadOnlyList<IAssignmentRule> rules) =>
        rules.Count == 0 ? "无" : string.Join("、", rules.Select(r => r.Name));

    private static string? FeelProblem(FeelEngine feel, string source)
    {
        if (!source.TrimStart().StartsWith('=')) return "没有以「=」开头";
        try
        {
            feel.Parse(source);
            return null;
        }
        catch (FeelSyntaxException ex)
        {
            return ex.Message;
        }
    }
}
