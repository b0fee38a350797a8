using System.Text.Json.Serialization;

namespace Bpm.Contracts.V1;

/// <summary>当事人类别: the kind of party a decision concerns.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PartyKind>))]
public enum PartyKind
{
    /// <summary>自然人: a natural person (name and identifiers are masked).</summary>
    NaturalPerson = 1,

    /// <summary>法人: a legal person.</summary>
    LegalPerson = 2,

    /// <summary>其他组织: another organisation.</summary>
    OtherOrganisation = 3,

    /// <summary>个体工商户: a sole trader.</summary>
    SoleTrader = 4,
}
