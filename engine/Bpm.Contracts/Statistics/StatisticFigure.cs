namespace Bpm.Contracts.V1;

/// <summary>统计指标: one reported figure.</summary>
public sealed record StatisticFigure
{
    /// <summary>指标代码: the indicator code agreed with the provincial platform, e.g. <c>CF_AJS</c>.</summary>
    public required string IndicatorCode { get; init; }

    /// <summary>指标名称: the indicator's name, e.g. 行政处罚案件数.</summary>
    public required string Name { get; init; }

    /// <summary>数值: the value (counts are whole numbers, amounts are in yuan).</summary>
    public required decimal Value { get; init; }

    /// <summary>单位: the unit, e.g. 件, 元, 人.</summary>
    public string? Unit { get; init; }
}
