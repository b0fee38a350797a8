using Bpm.Engine.Model;
using Bpm.Engine.Parsing;

namespace Bpm.Enforcement.Evidence;

/// <summary>The user-task header <c>evidence</c>: the audio-video records (音像记录事项清单) the step must carry before it
/// completes. Comma-separated items, each one kind or alternatives joined by <c>|</c>: <c>video|audio, photo</c> needs a
/// video or an audio record, and a photo. Checked at deployment so a misspelt kind is refused with the element id.</summary>
public static class EvidenceHeader
{
    public const string Name = "evidence";

    /// <summary>Each required item as its alternative kinds.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Of(FlowNode node) =>
        node is TaskNode { Headers: var headers } && headers.TryGetValue(Name, out var list) ? Parse(list) : [];

    private static List<IReadOnlyList<string>> Parse(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item => (IReadOnlyList<string>)item.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(item => item.Count > 0).ToList();

    public static IEnumerable<ValidationError> Check(ProcessModel model, string resourceName)
    {
        foreach (var task in model.ElementsById.Values.OfType<TaskNode>().Where(t => t.Headers.ContainsKey(Name)).OrderBy(t => t.Line))
        {
            var items = Of(task);
            var problems = new List<string>();
            if (!task.IsWorkedByPeople) problems.Add($"任务头「{Name}」只能用在用户任务上");
            if (items.Count == 0) problems.Add($"任务头「{Name}」没有列出任何证据种类");
            problems.AddRange(items.SelectMany(i => i).Where(kind => !EvidenceKinds.IsKnown(kind)).Distinct()
                .Select(kind => $"任务头「{Name}」列出的「{kind}」不是证据种类（可用：{string.Join("、", EvidenceKinds.Names.Keys)}）"));
            foreach (var problem in problems)
                yield return new ValidationError(task.Id, $"{ElementLabel.Of(task)}：{problem}", task.Line, task.ElementType, resourceName);
        }
    }
}
