using System.Text.Json.Serialization;

namespace Bpm.Contracts.V1;

/// <summary>公示类别: what kind of decision a disclosure entry publishes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DisclosureCategory>))]
public enum DisclosureCategory
{
    /// <summary>许可: a licensing decision (publish within 7 working days).</summary>
    Licensing = 1,

    /// <summary>处罚: a penalty decision (publish within 7 working days).</summary>
    Penalty = 2,

    /// <summary>其他: another enforcement decision (publish within 20 working days).</summary>
    Other = 3,
}
