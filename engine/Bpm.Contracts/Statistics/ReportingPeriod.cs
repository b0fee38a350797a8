using System.Text.Json.Serialization;

namespace Bpm.Contracts.V1;

/// <summary>统计周期: the period a statistics report covers.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportingPeriod>))]
public enum ReportingPeriod
{
    /// <summary>年报: the whole year (published by 31 January of the next year).</summary>
    Annual = 1,

    /// <summary>季报: one quarter.</summary>
    Quarter = 2,
}
