using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Bpm.Studio.Tests;

/// <summary>An electronic case file (电子卷宗) ZIP as downloaded: its <c>manifest.json</c> and each listed file's SHA-256
/// recomputed from the bytes in the ZIP.</summary>
public sealed class CaseFileZip
{
    private CaseFileZip(JsonObject manifest, IReadOnlyDictionary<string, string> computed)
    {
        Manifest = manifest;
        ComputedSha256 = computed;
    }

    public JsonObject Manifest { get; }

    /// <summary>Path in the ZIP → SHA-256 (lower-case hex) of its bytes, for every entry but the manifest.</summary>
    public IReadOnlyDictionary<string, string> ComputedSha256 { get; }

    public IEnumerable<JsonObject> Files => Manifest["files"]!.AsArray().Select(f => f!.AsObject());

    public static async Task<CaseFileZip> OpenAsync(string path)
    {
        await using var file = File.OpenRead(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Read);
        JsonObject? manifest = null;
        var computed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            await using var content = entry.Open();
            if (entry.FullName == "manifest.json")
                manifest = (await JsonNode.ParseAsync(content))!.AsObject();
            else
                computed[entry.FullName] = Convert.ToHexStringLower(await SHA256.HashDataAsync(content));
        }
        return new CaseFileZip(manifest ?? throw new InvalidOperationException($"{path} has no manifest.json"), computed);
    }

    /// <summary>Asserts that the manifest lists exactly the ZIP's other entries, each with the SHA-256 of its bytes.</summary>
    public void AssertEveryEntryMatchesTheManifest()
    {
        var listed = Files.ToDictionary(f => f["path"]!.GetValue<string>(), f => f["sha256"]!.GetValue<string>(), StringComparer.Ordinal);
        Assert.Equal(listed.Keys.Order(StringComparer.Ordinal), ComputedSha256.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, sha256) in listed)
            Assert.True(string.Equals(sha256, ComputedSha256[path], StringComparison.OrdinalIgnoreCase), $"{path}: manifest {sha256}, content {ComputedSha256[path]}");
    }
}
