using Bpm.Engine.Model;
using Bpm.Engine.Parsing;

namespace Bpm.Engine.Invariants;

/// <summary>The property <c>closingRule</c> (zeebe:properties) of an interrupting boundary event: the registered rule by
/// which the event closes the user task it interrupts (a meeting time, a statutory period). A person completing the task
/// afterwards is answered with that rule (<see cref="ClosedTaskAnswer"/>) instead of a bare "no longer open". Checked at
/// deployment, so a misspelt id is refused with the element id.</summary>
internal static class ClosingRuleProperty
{
    public const string Name = "closingRule";

    public static string? Of(FlowNode? node) =>
        node is BoundaryEvent && node.Properties.TryGetValue(Name, out var id) && !string.IsNullOrWhiteSpace(id) ? id.Trim() : null;

    public static IEnumerable<ValidationError> Check(ProcessModel model, InvariantCatalogue catalogue, string resourceName)
    {
        foreach (var node in model.ElementsById.Values.OfType<FlowNode>().Where(n => n.Properties.ContainsKey(Name)).OrderBy(n => n.Line))
        {
            var id = Of(node);
            string? problem = node switch
            {
                not BoundaryEvent => $"属性 {Name} 只能用于边界事件",
                BoundaryEvent { CancelActivity: false } => $"属性 {Name} 只能用于中断型边界事件",
                _ when id is null => $"属性 {Name} 没有写明规则",
                _ when !catalogue.Contains(id) => $"属性 {Name} 引用的「{id}」不是已登记的规则",
                _ => null,
            };
            if (problem is not null)
                yield return new ValidationError(node.Id, $"{ElementLabel.Of(node)}：{problem}", node.Line, node.ElementType, resourceName);
        }
    }
}
