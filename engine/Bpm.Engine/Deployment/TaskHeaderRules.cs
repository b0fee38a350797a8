using Bpm.Engine.Model;
using Bpm.Engine.Parsing;
using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Deployment;

/// <summary>Checks the user-task headers the engine gives meaning to (the headers of the registered assignment rules, the
/// rule names in <c>assignmentRules</c>) at deployment, so a typo is refused with the element id instead
/// of silently not applying.</summary>
internal static class TaskHeaderRules
{
    public static IEnumerable<ValidationError> Check(ProcessModel model, IReadOnlyList<IAssignmentRule> rules, string resourceName)
    {
        foreach (var task in model.ElementsById.Values.OfType<TaskNode>().OrderBy(t => t.Line))
        {
            foreach (var message in Problems(task, model, rules))
                yield return new ValidationError(task.Id, $"{ElementLabel.Of(task)}：{message}", task.Line, task.ElementType, resourceName);
        }
    }

    private static IEnumerable<string> Problems(TaskNode task, ProcessModel model, IReadOnlyList<IAssignmentRule> rules)
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
    }

    private static string Registered(IReadOnlyList<IAssignmentRule> rules) =>
        rules.Count == 0 ? "无" : string.Join("、", rules.Select(r => r.Name));
}
