using Bpm.Engine.Deployment;
using Bpm.Engine.Model;
using Bpm.Engine.Parsing;

namespace Bpm.Server.Deployment;

/// <summary>A user task must say who can work it: an assignee, candidate groups or candidate users (a static value or an
/// expression). Without any, the task would wait in nobody's inbox, so the deployment is refused naming the task.</summary>
public sealed class UserTaskPerformerRule : IDeploymentRule
{
    public const string RuleName = "用户任务须有办理人";

    public IEnumerable<ValidationError> Check(ProcessModel model, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var task in model.ElementsById.Values.OfType<TaskNode>()
                     .Where(t => t.IsWorkedByPeople && !HasPerformer(t.UserTask))
                     .OrderBy(t => t.Line))
        {
            var named = string.IsNullOrWhiteSpace(task.Name) ? $"（{task.Id}）" : $"“{task.Name}”（{task.Id}）";
            yield return new ValidationError(task.Id,
                $"用户任务{named}没有办理人，也没有候选组或候选用户，任务生成后无人能办理。请设置办理人（assignee）、候选组（candidateGroups）" +
                $"或候选用户（candidateUsers），可以是表达式。规则：{RuleName}。",
                task.Line, task.ElementType, resourceName);
        }
    }

    private static bool HasPerformer(UserTaskDefinition? definition) =>
        definition is not null && (definition.Assignee is not null || definition.CandidateGroups is not null || definition.CandidateUsers is not null);
}
