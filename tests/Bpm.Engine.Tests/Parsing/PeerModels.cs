namespace Bpm.Engine.Tests.Parsing;

/// <summary>Locates the shared peer-model BPMN files: &lt;repo root&gt;/../shared/peer-models, where the repo root holds BPM.sln.
/// A git worktree sits one level deeper than the main checkout, so the ancestors of the repo root are tried as well.</summary>
internal static class PeerModels
{
    public static readonly string? Folder = Find();

    public static string MissingReason => "peer models folder <repo root>/../shared/peer-models was not found";

    public static IEnumerable<string> RelativePaths() =>
        Folder is null
            ? []
            : Directory.EnumerateFiles(Folder, "*.bpmn", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(Folder, path).Replace('\\', '/'))
                .Order(StringComparer.Ordinal);

    public static byte[] Read(string relativePath) => File.ReadAllBytes(Path.Combine(Folder!, relativePath));

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "BPM.sln")))
                continue;
            for (var parent = dir.Parent; parent is not null; parent = parent.Parent)
            {
                var folder = Path.Combine(parent.FullName, "shared", "peer-models");
                if (Directory.Exists(folder))
                    return folder;
            }
            return null;
        }
        return null;
    }
}
