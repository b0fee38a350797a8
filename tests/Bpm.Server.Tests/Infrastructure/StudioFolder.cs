using System.IO.Compression;

namespace Bpm.Server.Tests.Infrastructure;

/// <summary>A minimal studio build (index.html and one hashed asset) for tests of what the server sends with static files.</summary>
public static class StudioFolder
{
    public const string AssetPath = "/assets/index-test.js";

    public static Dictionary<string, string?> Settings(string tempRoot)
    {
        var root = Path.Combine(tempRoot, "studio");
        Directory.CreateDirectory(Path.Combine(root, "assets"));
        File.WriteAllText(Path.Combine(root, "index.html"), "<!doctype html><html><body><div id=\"app\"></div></body></html>");
        File.WriteAllText(Path.Combine(root, "assets", "index-test.js"), "console.log('studio');");
        // The build's compressed copies; their text differs from the asset's, so a test sees which one was sent.
        WriteCompressed(Path.Combine(root, "assets", "index-test.js.br"), PrecompressedText("br"), s => new BrotliStream(s, CompressionLevel.Optimal));
        WriteCompressed(Path.Combine(root, "assets", "index-test.js.gz"), PrecompressedText("gzip"), s => new GZipStream(s, CompressionLevel.Optimal));
        return new Dictionary<string, string?> { ["Bpm:Studio:Path"] = root };
    }

    /// <summary>The text of the asset's compressed copy for an encoding.</summary>
    public static string PrecompressedText(string encoding) => $"console.log('studio, precompressed {encoding}');";

    private static void WriteCompressed(string path, string text, Func<Stream, Stream> compressor)
    {
        using var file = File.Create(path);
        using var compressed = compressor(file);
        compressed.Write(System.Text.Encoding.UTF8.GetBytes(text));
    }
}
