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
        return new Dictionary<string, string?> { ["Bpm:Studio:Path"] = root };
    }
}
