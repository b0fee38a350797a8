namespace Bpm.Engine.Tests.Infrastructure;

/// <summary>The repository root: the nearest folder above the test binaries that holds BPM.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "BPM.sln"))) return directory.FullName;
        throw new InvalidOperationException($"no BPM.sln above {AppContext.BaseDirectory}");
    }
}
