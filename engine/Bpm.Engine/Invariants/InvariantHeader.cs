using Bpm.Engine.Model;
using Bpm.Engine.Parsing;

namespace Bpm.Engine.Invariants;

/// <summary>The user-task header <c>invariants</c>: a comma-separated list of rule ids the completion must keep. Checked at
/// deployment so a misspelt id is refused with the element id instead of silently not applying.</summary>
internal static class InvariantHeader
{
    public const string Name = "invariants";

    public static IReadOnlyList<string> Of(FlowNode node) =>
        node is TaskNode { Headers: var headers } && headers.TryGetValue(Name, out var list)
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

    public static IEnumerable<ValidationError> Check(ProcessModel model, InvariantCatalogue catalogue, string resourceName)
    {
        foreach (var task in model.ElementsById.Values.OfType<TaskNode>().Where(t => t.Headers.ContainsKey(Name)).OrderBy(t => t.Line))
        {
            var ids = Of(task);
            var problems = new List<string>();
            if (!task.IsWorkedByPeople) problems.Add($"任务头「{Name}」只能用在用户任务上");
            if (ids.Count == 0) problems.Add($"任务头「{Name}」没有列出任何规则");
            problems.AddRange(ids.Where(id => !catalogue.Contains(id)).Select(id => $"任务头「{Name}」列出的「{id}」不是已登记的不变式规则"));
            foreach (var problem in problems)
                yield return new ValidationError(task.Id, $"{ElementLabel.Of(task)}：{problem}", task.Line, task.ElementType, resourceName);
        }
    }
}
