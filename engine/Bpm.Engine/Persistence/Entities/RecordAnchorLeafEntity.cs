namespace Bpm.Engine.Persistence.Entities;

/// <summary>One chain head sealed by an anchor. <see cref="Chain"/> is an instance key in decimal, or <c>audit</c> / <c>access</c>.</summary>
public sealed class RecordAnchorLeafEntity
{
    public long AnchorId { get; set; }
    public string Chain { get; set; } = "";
    public long Entries { get; set; }
    public string HeadHash { get; set; } = "";
}
