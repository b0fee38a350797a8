namespace Bpm.Engine.Tests.Parsing;

/// <summary>Locates the shared peer-model BPMN files: &lt;repo root&gt;/../shared/peer-models, where the repo root holds BPM.sln.
/// A git worktree sits one level deeper than the main checkout, so the ancestors of the repo root are tried as well.</summary>
internal static class PeerModels
{
    public static readonly string? Folder = Infrastructure.RepositoryRoot.FindShared("peer-models");

    public static string MissingReason => "peer models folder <repo root>/../shared/peer-models was not found";

    public static IEnumerable<string> RelativePaths() =>
        Folder is null
            ? []
            : Directory.EnumerateFiles(Folder, "*.bpmn", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(Folder, path).Replace('\\', '/'))
                .Order(StringComparer.Ordinal);

    public static byte[] Read(string relativePath) => File.ReadAllBytes(Path.Combine(Folder!, relativePath));
}
