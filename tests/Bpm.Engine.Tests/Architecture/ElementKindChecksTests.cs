using System.Text.RegularExpressions;
using Bpm.Engine.Tests.Infrastructure;

namespace Bpm.Engine.Tests.Architecture;

/// <summary>What an element type does is decided in one place (issue 13, item 1): its declaration
/// (<c>Elements/BpmnElementTypes.cs</c>), its node and reader (<c>Model/</c>, <c>Parsing/</c>) and its processor
/// (<c>Runtime/Processors/</c>). Code anywhere else asks a processor or a node's declared capability instead of switching on
/// the element's kind, so adding an element type does not mean finding every such switch.</summary>
public sealed partial class ElementKindChecksTests
{
    private static readonly string[] OwningFolders = ["Elements", "Model", "Parsing", Path.Combine("Runtime", "Processors")];

    /// <summary>Kind enums of tasks and gateways, the old message-sender list, and type patterns that dispatch on a gateway or
    /// a catch event, which the step used to run joins and held timers.</summary>
    [GeneratedRegex(@"\bTaskKind\.|\bGatewayKind\.|\bIsMessageSender\b|\b(is|case) (not )?(Gateway|IntermediateCatchEvent)\b")]
    private static partial Regex KindCheck();

    [Fact]
    public void No_code_outside_an_element_s_declaration_node_and_processor_checks_its_kind()
    {
        var roots = new[] { "engine", "modules", "activities" }.Select(folder => Path.Combine(RepositoryRoot.Path, folder));
        var offences = (
            from root in roots
            from file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            where !IsGenerated(file) && !IsOwning(file)
            from line in File.ReadLines(file).Select((text, index) => (text, number: index + 1))
            where KindCheck().IsMatch(line.text)
            select $"{Path.GetRelativePath(RepositoryRoot.Path, file)}:{line.number}: {line.text.Trim()}").ToList();

        Assert.True(offences.Count == 0, "element kinds checked outside their owner:\n" + string.Join("\n", offences));
    }

    private static bool IsGenerated(string file) =>
        file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static bool IsOwning(string file)
    {
        var engine = Path.Combine(RepositoryRoot.Path, "engine", "Bpm.Engine");
        return OwningFolders.Any(folder => file.StartsWith(Path.Combine(engine, folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }
}
