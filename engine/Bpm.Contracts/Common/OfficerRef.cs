namespace Bpm.Contracts.V1;

/// <summary>执法人员: an enforcement officer, identified by the enforcement certificate.</summary>
public sealed record OfficerRef
{
    /// <summary>姓名: the officer's name.</summary>
    public required string Name { get; init; }

    /// <summary>执法证号: the enforcement certificate number.</summary>
    public required string CertificateNumber { get; init; }
}
