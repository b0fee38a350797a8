using Bpm.Engine.Tests.Infrastructure;

namespace Bpm.Engine.Tests.Architecture;

/// <summary>The kernel knows BPMN, not 执法 (issue 13, item 2): no C# file under engine/Bpm.Engine speaks of enforcement
/// (执法) or supervision escalations (督办), except the files on the allow-list, which are still being moved out.</summary>
public sealed class KernelVocabularyTests
{
    private static readonly string[] DomainWords = ["执法", "督办"];

    /// <summary>Paths under engine/Bpm.Engine (a folder ends with '/') allowed to hold the domain words for now. Each entry
    /// goes when its move is done; <see cref="Every_allow_listed_path_still_needs_its_entry"/> keeps the list from going stale.</summary>
    private static readonly string[] AllowList =
    [
        // The 督办 escalation feature, being moved into a module by another change (issue 13, item 2).
        "Escalations/",
    ];

    private static string Engine => Path.Combine(RepositoryRoot.Path, "engine", "Bpm.Engine");

    private static IEnumerable<(string Path, string Text)> SourceFiles() =>
        from file in Directory.EnumerateFiles(Engine, "*.cs", SearchOption.AllDirectories)
        let relative = Path.GetRelativePath(Engine, file).Replace(Path.DirectorySeparatorChar, '/')
        where !relative.StartsWith("obj/", StringComparison.Ordinal) && !relative.StartsWith("bin/", StringComparison.Ordinal)
        select (relative, File.ReadAllText(file));

    private static bool Allowed(string path) =>
        AllowList.Any(entry => entry.EndsWith('/') ? path.StartsWith(entry, StringComparison.Ordinal) : path == entry);

    [Fact]
    public void No_engine_source_outside_the_allow_list_speaks_of_执法_or_督办()
    {
        var offences = (
            from file in SourceFiles()
            where !Allowed(file.Path)
            from word in DomainWords
            where file.Text.Contains(word, StringComparison.Ordinal)
            select $"{file.Path} contains {word}").ToList();
        Assert.Empty(offences);
    }

    [Fact]
    public void Every_allow_listed_path_still_needs_its_entry()
    {
        var files = SourceFiles().ToList();
        var stale = AllowList.Where(entry => !files.Any(file =>
                (entry.EndsWith('/') ? file.Path.StartsWith(entry, StringComparison.Ordinal) : file.Path == entry)
                && DomainWords.Any(word => file.Text.Contains(word, StringComparison.Ordinal))))
            .ToList();
        Assert.Empty(stale);
    }

    /// <summary>The officer qualification, the enforcement assignment rules and case access policy, and the role names
    /// moved to modules/Bpm.Enforcement: the engine assembly has none of their types.</summary>
    [Theory]
    [InlineData("OfficerQualification")]
    [InlineData("RoleNames")]
    [InlineData("AssignmentRules")]
    [InlineData("CertificateRule")]
    [InlineData("EnforcementCaseAccessPolicy")]
    public void The_engine_assembly_has_no_type_of_the_moved_rules(string typeName)
    {
        var types = typeof(Runtime.ProcessEngine).Assembly.GetTypes().Select(t => t.Name);
        Assert.DoesNotContain(typeName, types);
        Assert.Contains(typeName is "AssignmentRules" ? "AssignmentHeaders" : typeName,
            typeof(Bpm.Enforcement.EnforcementServiceCollectionExtensions).Assembly.GetTypes().Select(t => t.Name));
    }
}
