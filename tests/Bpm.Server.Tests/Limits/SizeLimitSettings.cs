namespace Bpm.Server.Tests.Limits;

/// <summary>Small size limits, so that the tests send kilobytes rather than megabytes.</summary>
internal static class SizeLimitSettings
{
    public const int MaxVariablesBytes = 32 * 1024;
    public const int MaxJsonBodyBytes = 64 * 1024;
    public const int MaxAttachmentBytes = 40 * 1024;
    public const int MaxAttachmentBytesPerInstance = 100 * 1024;

    public static readonly IReadOnlyDictionary<string, string?> Values = new Dictionary<string, string?>
    {
        ["Bpm:Engine:Limits:MaxVariablesBytes"] = MaxVariablesBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Bpm:Engine:Limits:MaxJsonBodyBytes"] = MaxJsonBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Bpm:Attachments:MaxBytes"] = MaxAttachmentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Bpm:Attachments:MaxBytesPerInstance"] = MaxAttachmentBytesPerInstance.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
