namespace Bpm.Engine.Hosting;

/// <summary>An organisation as configured: 统一社会信用代码, name, region code.</summary>
public sealed class OrganisationOptions
{
    public string CreditCode { get; set; } = "";
    public string Name { get; set; } = "";
    public string? RegionCode { get; set; }
}
