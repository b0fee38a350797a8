namespace Bpm.Contracts.V1;

/// <summary>执法统计报送: BPM reports an agency's enforcement figures to the provincial supervision platform.</summary>
public sealed record StatisticsReport : AgencyMessage
{
    /// <summary>The BPMN message name.</summary>
    public const string MessageName = "statistics.report.v1";

    /// <summary>The message travels from BPM to the provincial platform.</summary>
    public static MessageDirection Direction => MessageDirection.BpmToAgency;

    /// <summary>统计年度: the year reported.</summary>
    public required int Year { get; init; }

    /// <summary>统计周期: annual or quarterly.</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>季度: 1–4 for a quarterly report, null for an annual one.</summary>
    public int? Quarter { get; init; }

    /// <summary>统计数据: the figures.</summary>
    public required IReadOnlyList<StatisticFigure> Figures { get; init; }
}
