using System.Text.RegularExpressions;
using Bpm.Server.Tests.Workflows;

namespace Bpm.Server.Tests.Api;

/// <summary>Texts a person reads (problem details, incidents, notifications) carry no bracketed English gloss after the
/// Chinese any more: programs read the <c>rule</c> and field extensions, so the studio shows the detail as it is. Any new
/// message written in the old convention (Chinese, then " (english words …)") in the server's sources fails here.</summary>
public sealed partial class NoEnglishGlossTests
{
    private static readonly string[] Folders = ["engine", "modules", "activities"];

    /// <summary>A Chinese text followed by a bracket opening three English words, or a continuation line opening one.</summary>
    [GeneratedRegex(@"(\+\s*\$?""\s*\(|\p{IsCJKUnifiedIdeographs}[^""\n]*\s\()[A-Za-z]+[ ',]+[A-Za-z{]+[ ',]+[A-Za-z{]")]
    private static partial Regex GlossedText();

    [Fact]
    public void No_server_text_carries_an_english_gloss()
    {
        var root = WorkflowFiles.RepositoryRoot();
        var found = Folders.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (File: Path.GetRelativePath(root, file), Line: index + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal) && !l.Text.Contains(".Log", StringComparison.Ordinal) && GlossedText().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text}")
            .ToList();
        Assert.True(found.Count == 0, "English glosses in texts a person reads:\n" + string.Join("\n", found));
    }
}
