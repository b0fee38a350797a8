namespace Bpm.Engine.Tests.Infrastructure;

/// <summary>The repository root: the nearest folder above the test binaries that holds BPM.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>A path under the shared folder that sits beside the repository (or beside one of its parents: a git
    /// worktree is a level deeper than the main checkout), or null when there is none (a user's clone).</summary>
    public static string? FindShared(string relativePath)
    {
        for (var folder = new DirectoryInfo(Path).Parent; folder is not null; folder = folder.Parent)
        {
            var candidate = System.IO.Path.Combine(folder.FullName, "shared", relativePath);
            if (File.Exists(candidate) || Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "BPM.sln"))) return directory.FullName;
        throw new InvalidOperationException($"no BPM.sln above {AppContext.BaseDirectory}");
    }
}
