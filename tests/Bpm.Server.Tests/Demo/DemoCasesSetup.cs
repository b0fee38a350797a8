using Bpm.Server.Tests.Workflows;

namespace Bpm.Server.Tests.Demo;

/// <summary>The embedded default as a newcomer starts it: the repository's workflows, the demo people and the demo cases,
/// the real clock, no agency simulator.</summary>
public static class DemoCasesSetup
{
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Bpm:Demo:Seed"] = "true",
        ["Bpm:Demo:Cases"] = "true",
    };

    public static void CopyWorkflows(string target) => WorkflowServerSetup.CopyWorkflows(target);
}
