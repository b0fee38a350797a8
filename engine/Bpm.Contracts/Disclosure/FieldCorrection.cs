namespace Bpm.Contracts.V1;

/// <summary>更正项: one corrected field of a disclosure entry.</summary>
public sealed record FieldCorrection
{
    /// <summary>字段: the field's JSON name in <see cref="DisclosurePublish"/>, e.g. <c>partyName</c>.</summary>
    public required string Field { get; init; }

    /// <summary>原值: the value published before, when known.</summary>
    public string? OldValue { get; init; }

    /// <summary>更正值: the corrected value, as it appears in JSON (dates as yyyy-MM-dd).</summary>
    public required string NewValue { get; init; }
}
