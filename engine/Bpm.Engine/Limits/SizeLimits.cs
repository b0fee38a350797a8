namespace Bpm.Engine.Limits;

/// <summary>How much one case may hold (section <c>Bpm:Engine:Limits</c>): a request past a limit is refused with nothing
/// stored; a step whose own outputs would grow the variables past it raises an incident instead of writing a giant row.
/// Attachment limits are <see cref="UserTasks.AttachmentOptions"/>.</summary>
public sealed class SizeLimits
{
    /// <summary>UTF-8 bytes of all variables of one process instance (every scope), as JSON; 0 = no limit.</summary>
    public long MaxVariablesBytes { get; set; } = 4 * 1024 * 1024;
    /// <summary>Characters of a business key.</summary>
    public int MaxBusinessKeyLength { get; set; } = 256;
    /// <summary>Bytes of a JSON request body (the server's cap; multipart uploads are capped by the attachment limit).</summary>
    public long MaxJsonBodyBytes { get; set; } = 8 * 1024 * 1024;
}
