namespace Bpm.Server.Content;

/// <summary>The content type the server sends a stored file with, decided from the file's first bytes and its name, never
/// from what the uploader claimed: a few types that browsers only display (PDF, PNG, JPEG, GIF, WebP) are served as
/// themselves when both the bytes and the extension say so; everything else (HTML, SVG, scripts, XML, office files,
/// unknown) as <c>application/octet-stream</c>.</summary>
public static class DownloadContentType
{
    public const string Binary = "application/octet-stream";

    /// <summary>Bytes enough for every signature below.</summary>
    public const int SniffLength = 12;

    private static readonly Signature[] Signatures =
    [
        new("application/pdf", [".pdf"], "%PDF-"u8.ToArray()),
        new("image/png", [".png"], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        new("image/jpeg", [".jpg", ".jpeg"], [0xFF, 0xD8, 0xFF]),
        new("image/gif", [".gif"], "GIF87a"u8.ToArray()),
        new("image/gif", [".gif"], "GIF89a"u8.ToArray()),
        new("image/webp", [".webp"], "RIFF"u8.ToArray(), "WEBP"u8.ToArray(), 8),
    ];

    public static string Of(string fileName, ReadOnlySpan<byte> head)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        foreach (var signature in Signatures)
        {
            if (signature.Extensions.Contains(extension) && signature.Matches(head))
                return signature.ContentType;
        }
        return Binary;
    }

    private sealed record Signature(string ContentType, string[] Extensions, byte[] Prefix, byte[]? Tag = null, int TagOffset = 0)
    {
        public bool Matches(ReadOnlySpan<byte> head) =>
            head.StartsWith(Prefix)
            && (Tag is null || (head.Length >= TagOffset + Tag.Length && head.Slice(TagOffset, Tag.Length).SequenceEqual(Tag)));
    }
}
