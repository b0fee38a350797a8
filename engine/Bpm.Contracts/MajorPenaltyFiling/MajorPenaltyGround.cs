using System.Text.Json.Serialization;

namespace Bpm.Contracts.V1;

/// <summary>重大情形: why a penalty counts as major under the Henan rules and must be filed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MajorPenaltyGround>))]
public enum MajorPenaltyGround
{
    /// <summary>较大数额罚款: a fine of at least 10,000 yuan on a person or 100,000 yuan on an organisation.</summary>
    LargeFine = 1,

    /// <summary>没收较大数额违法所得或非法财物: a confiscation of an equivalent value.</summary>
    LargeConfiscation = 2,

    /// <summary>责令停产停业: suspension of business.</summary>
    BusinessSuspension = 3,

    /// <summary>吊销许可证件: revocation of a licence.</summary>
    LicenceRevocation = 4,

    /// <summary>其他: another ground named by local rules; explain it in the filing.</summary>
    Other = 99,
}
