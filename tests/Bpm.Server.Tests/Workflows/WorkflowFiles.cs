namespace Bpm.Server.Tests.Workflows;

/// <summary>The repository's workflows folder: the .bpmn and .form files the server deploys at start-up.</summary>
public static class WorkflowFiles
{
    public static string Folder { get; } = Find();

    public static IReadOnlyList<string> Bpmn => Directory.GetFiles(Folder, "*.bpmn").Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> Forms => Directory.GetFiles(Folder, "*.form").Order(StringComparer.Ordinal).ToList();

    /// <summary>The discretion library, deployed beside the processes from the folder discretion/.</summary>
    public static IReadOnlyList<string> Decisions => Directory.GetFiles(Path.Combine(Folder, "discretion"), "*.dmn").Order(StringComparer.Ordinal).ToList();

    /// <summary>Every .bpmn and .form file of the folder itself.</summary>
    public static IReadOnlyList<string> All => Bpmn.Concat(Forms).ToList();

    public static TheoryData<string> BpmnNames()
    {
        var data = new TheoryData<string>();
        foreach (var file in Bpmn) data.Add(Path.GetFileName(file));
        return data;
    }

    private static string Find() => Path.Combine(RepositoryRoot(), "workflows");

    /// <summary>The checkout's root: the folder holding BPM.sln above the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "BPM.sln"))) return directory.FullName;
        throw new InvalidOperationException($"no BPM.sln above {AppContext.BaseDirectory}");
    }
}
