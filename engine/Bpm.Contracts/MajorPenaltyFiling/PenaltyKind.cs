using System.Text.Json.Serialization;

namespace Bpm.Contracts.V1;

/// <summary>处罚种类: the penalty kinds of Art. 9 of the Administrative Penalty Law.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PenaltyKind>))]
public enum PenaltyKind
{
    /// <summary>警告.</summary>
    Warning = 1,

    /// <summary>通报批评.</summary>
    CircularCriticism = 2,

    /// <summary>罚款.</summary>
    Fine = 3,

    /// <summary>没收违法所得.</summary>
    ConfiscationOfIllegalGains = 4,

    /// <summary>没收非法财物.</summary>
    ConfiscationOfIllegalProperty = 5,

    /// <summary>暂扣许可证件.</summary>
    LicenceSuspension = 6,

    /// <summary>降低资质等级.</summary>
    QualificationDowngrade = 7,

    /// <summary>吊销许可证件.</summary>
    LicenceRevocation = 8,

    /// <summary>限制开展生产经营活动.</summary>
    BusinessRestriction = 9,

    /// <summary>责令停产停业.</summary>
    BusinessSuspension = 10,

    /// <summary>责令关闭.</summary>
    Closure = 11,

    /// <summary>限制从业.</summary>
    EmploymentRestriction = 12,

    /// <summary>行政拘留.</summary>
    AdministrativeDetention = 13,

    /// <summary>其他: another penalty set by law.</summary>
    Other = 99,
}
