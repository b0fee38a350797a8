using Bpm.Engine.Tests.Infrastructure;

namespace Bpm.Engine.Tests.Architecture;

/// <summary>The kernel (the step, jobs, timers) knows BPMN, not 执法 (issue 13, items 2 and 4): its source names none of the
/// features that moved out into modules. A feature that moves out adds its names here.</summary>
public sealed class KernelBoundaryTests
{
    private static readonly string[] KernelFolders = ["Runtime", "Jobs", "Timers", "Persistence/Store"];

    /// <summary>Namespaces and types of modules the kernel must reach only through kernel events and interfaces.</summary>
    private static readonly string[] ModuleNames =
    [
        "Bpm.Contracts", "MessageCatalog", "Disclosure", "Bpm.Engine.Documents", "CaseDocument", "Escalations.", "EscalationModule",
        "EscalationSteps", "EscalationStore", "EscalationState", "EscalationEntity", "HeadsOf", "\"head\"",
        "UserTaskNotificationModule", "DeadlineModule", "DueSoon", "Bpm.Engine.Deadlines", "Deadlines.", "DeadlineDocument",
        "DeadlineTransitions", "DeadlineCalculator", "DeadlineReferences", "DeadlineStates", "DeadlineService", "DeadlineSteps",
        "PausedDeadline", "PauseDeadline", "ResumeDeadline", "ExtendDeadline", "ApplyDeadline", "FollowDeadline",
    ];

    /// <summary>Names of the enforcement features that moved out of the engine into modules/Bpm.Enforcement: no type of the
    /// Bpm.Engine assembly, and no line of its C# source, carries them.</summary>
    private static readonly string[] EnforcementNames =
    [
        "Bpm.Engine.CaseNumbers", "CaseNumberRegistry", "CaseNumberRequest", "IssuedCaseNumber", "CaseNumberEntity", "CaseNumberSequence",
        "case_number_sequences", "case_numbers",
        "EvidenceKinds", "EvidenceHeader", "RequiredEvidence", "evidence-required",
        "河南省行政执法信息公示平台", "河南省行政执法监督平台", "11410000MB0000001D", "11410100MB1234567X",
    ];

    [Fact]
    public void The_engine_assembly_holds_none_of_the_enforcement_module_s_names()
    {
        var assembly = typeof(Runtime.ProcessEngine).Assembly;
        var engine = Path.Combine(RepositoryRoot.Path, "engine", "Bpm.Engine");
        var offences = (
                from type in assembly.GetTypes()
                from name in EnforcementNames
                where type.FullName!.Contains(name, StringComparison.Ordinal)
                select $"type {type.FullName} names {name}")
            .Concat(
                from file in Directory.EnumerateFiles(engine, "*.cs", SearchOption.AllDirectories)
                where !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                let text = File.ReadAllText(file)
                from name in EnforcementNames
                where text.Contains(name, StringComparison.Ordinal)
                select $"{Path.GetRelativePath(engine, file)} names {name}").ToList();
        Assert.Empty(offences);
    }

    [Fact]
    public void The_kernel_source_names_no_module()
    {
        var engine = Path.Combine(RepositoryRoot.Path, "engine", "Bpm.Engine");
        var offences = (
            from folder in KernelFolders
            from file in Directory.EnumerateFiles(Path.Combine(engine, folder), "*.cs", SearchOption.AllDirectories)
            let text = File.ReadAllText(file)
            from name in ModuleNames
            where text.Contains(name, StringComparison.Ordinal)
            select $"{Path.GetRelativePath(engine, file)} names {name}").ToList();
        Assert.Empty(offences);
    }

    /// <summary>A module's table needs no list in the step's change set: its rows go through <c>Insert</c> / <c>Track</c>
    /// with the module's model.</summary>
    [Fact]
    public void The_change_set_has_no_member_for_a_modules_table()
    {
        var members = typeof(Bpm.Engine.Persistence.StepChangeSet).GetMembers().Select(m => m.Name)
            .Concat(typeof(Bpm.Engine.Persistence.StepChangeSet).GetMethods().SelectMany(m => m.GetParameters()).Select(p => p.ParameterType.Name));
        Assert.DoesNotContain(members, name => name.Contains("Escalation", StringComparison.Ordinal));
    }
}
