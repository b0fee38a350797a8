using Bpm.Engine.Deployment;
using Bpm.Engine.Expressions;
using Bpm.Engine.Model;
using Bpm.Engine.Parsing;

namespace Bpm.Engine.Escalations;

/// <summary>Refuses a deployment whose <c>disputePositions</c> header is on a task other than a user task, or is not a FEEL
/// expression (=...), with the element id: a decision task whose positions do not evaluate opens an incident later.</summary>
internal sealed class DisputePositionsHeaderRule(FeelEngine feel) : IDeploymentRule
{
    public IEnumerable<ValidationError> Check(ProcessModel model, string resourceName)
    {
        foreach (var task in model.ElementsById.Values.OfType<TaskNode>().OrderBy(t => t.Line))
            if (task.Headers.TryGetValue(EscalationSteps.DisputePositionsHeader, out var positions) && Problem(task, positions) is { } problem)
                yield return new ValidationError(task.Id, $"{ElementLabel.Of(task)}：{problem}", task.Line, task.ElementType, resourceName);
    }

    private string? Problem(TaskNode task, string positions)
    {
        if (!task.IsWorkedByPeople) return $"任务头「{EscalationSteps.DisputePositionsHeader}」只能用在用户任务上";
        return FeelProblem(positions) is { } problem
            ? $"任务头「{EscalationSteps.DisputePositionsHeader}」须为给出意见列表的 FEEL 表达式（=...）：{problem}"
            : null;
    }

    private string? FeelProblem(string source)
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
