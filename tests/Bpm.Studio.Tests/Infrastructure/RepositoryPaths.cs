namespace Bpm.Studio.Tests.Infrastructure;

/// <summary>Folders the browser tests read and write, found from the repository root (the folder holding BPM.sln).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Screenshots of each main page, kept as CI artifacts.</summary>
    public static string Screenshots => Path.Combine(Root, "artifacts", "screenshots");

    /// <summary>Other tools' BPMN files: <c>BPM_PEER_MODELS</c> when set, else <c>shared/peer-models</c> beside the
    /// repository (or beside the folder of its git worktrees).</summary>
    public static string PeerModels =>
        Environment.GetEnvironmentVariable("BPM_PEER_MODELS") is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : new[] { Path.Combine(Root, "..", "shared", "peer-models"), Path.Combine(Root, "..", "..", "shared", "peer-models") }
                .Select(Path.GetFullPath)
                .FirstOrDefault(Directory.Exists) ?? Path.GetFullPath(Path.Combine(Root, "..", "shared", "peer-models"));

    /// <summary>The workflows the server deploys at start-up: <c>BPM_STUDIO_WORKFLOWS</c> when set, else the repository's.</summary>
    public static string Workflows =>
        Environment.GetEnvironmentVariable("BPM_STUDIO_WORKFLOWS") is { Length: > 0 } configured ? Path.GetFullPath(configured) : Path.Combine(Root, "workflows");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BPM.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"BPM.sln not found above {AppContext.BaseDirectory}.");
    }
}
