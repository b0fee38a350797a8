using Bpm.Engine.Expressions;

namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution
{
    /// <summary>An evaluation ran out of budget: an incident on the element, naming it and the budget, in Chinese.</summary>
    private static IncidentException LimitIncident(FeelLimitExceededException ex, string elementId, string what) =>
        new(IncidentTypes.EvaluationLimit,
            $"元素 '{elementId}' 的{what}表达式求值超出{FeelLimitExceededException.LimitName(ex.Limit)}上限 {ex.Value}" +
            $"（Bpm:Engine:Evaluation:{ex.Limit}），已中止",
            ex);

    private static string ElementIdOf(InstanceExecution instance, long scopeKey) =>
        scopeKey == instance.Key ? instance.Entity.BpmnProcessId : instance.Find(scopeKey)?.ElementId ?? instance.Entity.BpmnProcessId;
}
