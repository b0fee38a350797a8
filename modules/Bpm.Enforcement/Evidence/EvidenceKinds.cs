namespace Bpm.Enforcement.Evidence;

/// <summary>The kinds of audio-video and on-site evidence (音像记录) an attachment may be, with the Chinese name a person reads.</summary>
public static class EvidenceKinds
{
    public const string Video = "video";
    public const string Audio = "audio";
    public const string Photo = "photo";
    /// <summary>A written on-site record (现场笔录) scanned or photographed on the spot.</summary>
    public const string OnSiteRecord = "on-site-record";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Video] = "执法视频", [Audio] = "执法录音", [Photo] = "现场照片", [OnSiteRecord] = "现场笔录",
    };

    public static bool IsKnown(string kind) => Names.ContainsKey(kind);

    /// <summary>Kinds captured by a device (执法记录仪, camera, recorder): the device must be named.</summary>
    public static bool NeedsDevice(string kind) => kind != OnSiteRecord;
}
