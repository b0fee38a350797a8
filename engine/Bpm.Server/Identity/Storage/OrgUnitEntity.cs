namespace Bpm.Server.Identity.Storage;

/// <summary>One node of the organisation tree: province, city, county, department or unit.</summary>
public sealed class OrgUnitEntity
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>Null only for a root (a province).</summary>
    public string? ParentId { get; set; }
    public string Kind { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
