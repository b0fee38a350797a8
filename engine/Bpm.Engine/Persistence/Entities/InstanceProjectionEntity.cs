namespace Bpm.Engine.Persistence.Entities;

/// <summary>Which version of an instance projection has been built from the running instances; a projection whose
/// version differs (or that has no row) is rebuilt at start-up.</summary>
public sealed class InstanceProjectionEntity
{
    public string Name { get; set; } = "";
    public int Version { get; set; }
    public DateTimeOffset RebuiltAt { get; set; }
}
