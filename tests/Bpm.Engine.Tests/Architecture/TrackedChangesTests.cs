using System.Text.RegularExpressions;
using Bpm.Engine.Tests.Infrastructure;

namespace Bpm.Engine.Tests.Architecture;

/// <summary>A row a step changes is marked with <c>step.Changes.Track(row)</c> (issue 13, item 3): no code outside the change
/// set picks an "updated" list and adds to it, which is what could be forgotten or done twice.</summary>
public sealed partial class TrackedChangesTests
{
    [GeneratedRegex(@"\.Updated[A-Za-z]+\.Add\(")]
    private static partial Regex AddToUpdatedList();

    [Fact]
    public void No_code_outside_the_change_set_adds_to_an_updated_list()
    {
        var changeSet = Path.Combine(RepositoryRoot.Path, "engine", "Bpm.Engine", "Persistence");
        var offences = (
            from root in new[] { "engine", "modules", "activities" }.Select(folder => Path.Combine(RepositoryRoot.Path, folder))
            from file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            where !file.StartsWith(changeSet + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            from line in File.ReadLines(file).Select((text, index) => (text, number: index + 1))
            where AddToUpdatedList().IsMatch(line.text)
            select $"{Path.GetRelativePath(RepositoryRoot.Path, file)}:{line.number}: {line.text.Trim()}").ToList();

        Assert.True(offences.Count == 0, "updated lists filled by hand instead of Track(row):\n" + string.Join("\n", offences));
    }
}
