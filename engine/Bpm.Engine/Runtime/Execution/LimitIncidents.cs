using Bpm.Engine.Expressions;
using Bpm.Engine.Limits;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>Incidents of a step that ran out of an evaluation budget or a size limit, worded for the operator.</summary>
internal static class LimitIncidents
{
    /// <summary>An evaluation ran out of budget: an incident on the element (which <see cref="IncidentMessage"/> names),
    /// naming the expression and the budget, in Chinese.</summary>
    public static IncidentException Evaluation(FeelLimitExceededException ex, string? what) =>
        new(IncidentTypes.EvaluationLimit,
            $"{what ?? "表达式"}求值超出{FeelLimitExceededException.LimitName(ex.Limit)}上限 {ex.Value}" +
            $"（Bpm:Engine:Evaluation:{ex.Limit}），已中止",
            ex);

    public static string Variables(SizeLimitExceededException ex) =>
        $"输出将使流程变量超出上限 {ex.LimitValue} 字节（{ex.Limit}），未保存";
}
