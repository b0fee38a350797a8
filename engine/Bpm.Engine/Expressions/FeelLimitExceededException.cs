namespace Bpm.Engine.Expressions;

/// <summary>An evaluation exceeded one of its budgets and was stopped. Not a <see cref="FeelEvaluationException"/>: callers
/// that turn evaluation failures into incidents name the budget and the element instead of the expression's fault.</summary>
public sealed class FeelLimitExceededException(EvaluationLimit limit, string value)
    : Exception($"表达式求值超出{LimitName(limit)}上限 {value}（Bpm:Engine:Evaluation:{limit}），已中止")
{
    public EvaluationLimit Limit { get; } = limit;

    /// <summary>The configured value of the budget, as configured (e.g. <c>1000000</c>, <c>00:00:05</c>).</summary>
    public string Value { get; } = value;

    /// <summary>The budget's name in Chinese, for incident messages.</summary>
    public static string LimitName(EvaluationLimit limit) => limit switch
    {
        EvaluationLimit.MaxIterations => "迭代次数",
        EvaluationLimit.MaxListSize => "列表长度",
        EvaluationLimit.MaxStringLength => "字符串长度",
        EvaluationLimit.MaxCallDepth => "函数调用深度",
        EvaluationLimit.MaxWallTime => "求值时间",
        _ => limit.ToString(),
    };
}
