using Bpm.Engine.Model;
using Bpm.Engine.Parsing;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>The text of an incident as a person reads it: the element it stopped at, by its kind and name with the id
/// beside it (<see cref="ElementLabel"/>: 服务任务「生成文书」（Task_doc）, or the id alone when it has no name), then what
/// went wrong. Every incident the engine opens gets its text here, so the messages themselves never name their element.</summary>
internal static class IncidentMessage
{
    public static string For(FlowElement element, string problem) => $"{ElementLabel.Of(element)}：{problem}";

    /// <summary>For an element the model does not know (a stale reference): its id alone.</summary>
    public static string For(ProcessModel? model, string elementId, string problem) =>
        model?.ElementsById.GetValueOrDefault(elementId) is { } element ? For(element, problem) : $"元素{ElementLabel.Name(elementId, null)}：{problem}";
}
