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
            if (task.Kind != TaskKind.User) problems.Add($"header '{Name}' applies to user tasks only");
            if (ids.Count == 0) problems.Add($"header '{Name}' names no rule");
            problems.AddRange(ids.Where(id => !catalogue.Contains(id)).Select(id => $"header '{Name}' names '{id}', which is not a registered invariant"));
            foreach (var problem in problems)
                yield return new ValidationError(task.Id, $"{task.ElementType} '{task.Id}': {problem}", task.Line, task.ElementType, resourceName);
        }
    }
}
