namespace Bpm.Server.Tests.Workflows;

/// <summary>What the scenario servers share: the repository's workflows deployed at start-up, the demo people, the
/// controllable clock and the agency simulator on the in-memory bus.</summary>
public static class WorkflowServerSetup
{
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Bpm:Testing:ControllableClock"] = "true",
        ["Bpm:AgencySimulator:Enabled"] = "true",
        ["Bpm:Demo:Seed"] = "true",
        // The demo cases would add instances and escalations to every scenario; DemoCasesTests turns them on.
        ["Bpm:Demo:Cases"] = "false",
    };

    public static void CopyWorkflows(string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in WorkflowFiles.All) File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        // The discretion library (workflows/discretion/*.dmn): the penalty procedures' business rule tasks evaluate it.
        var decisions = Directory.CreateDirectory(Path.Combine(target, "discretion")).FullName;
        foreach (var file in WorkflowFiles.Decisions) File.Copy(file, Path.Combine(decisions, Path.GetFileName(file)), overwrite: true);
    }
}
