namespace Bpm.Engine.Hosting;

/// <summary>How much one case may hold (section <c>Bpm:Engine:Limits</c>): a request past a limit is refused with nothing
/// stored, a step whose outputs grow the variables past it raises an incident instead of writing a giant row.</summary>
public sealed class SizeLimits
{
    /// <summary>UTF-8 bytes of all variables of one process instance (every scope), as JSON.</summary>
    public int MaxVariablesBytes { get; set; } = 4 * 1024 * 1024;
    /// <summary>Characters of a business key.</summary>
    public int MaxBusinessKeyLength { get; set; } = 256;
    /// <summary>Bytes of one attachment.</summary>
    public long MaxAttachmentBytes { get; set; } = 20L * 1024 * 1024;
    /// <summary>Bytes of all attachments of one process instance.</summary>
    public long MaxAttachmentBytesPerInstance { get; set; } = 200L * 1024 * 1024;
}
