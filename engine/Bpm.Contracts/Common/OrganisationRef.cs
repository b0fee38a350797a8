namespace Bpm.Contracts.V1;

/// <summary>An organisation taking part in an exchange: an enforcement agency, the justice bureau, the police, a platform.</summary>
public sealed record OrganisationRef
{
    /// <summary>统一社会信用代码: the unified social credit code (18 characters).</summary>
    public required string CreditCode { get; init; }

    /// <summary>单位名称: the organisation's name.</summary>
    public required string Name { get; init; }

    /// <summary>行政区划代码: the six-digit administrative region code, when known.</summary>
    public string? RegionCode { get; init; }
}
