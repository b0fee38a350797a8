using Bpm.Engine.Tests.Infrastructure;

namespace Bpm.Engine.Tests.Architecture;

/// <summary>The lines of the C# sources of the test projects under tests/, for the architecture tests that scan them.</summary>
internal static class TestSourceLines
{
    /// <summary>Projects that are not tests (the benchmark measures real time on purpose) and installed tools.</summary>
    private static readonly string[] NotTests = ["Bpm.Benchmarks", "tools"];

    /// <summary>Every line with its file (relative to tests/, '/' separators) and number, build output left out and the
    /// files <paramref name="exempt"/> names.</summary>
    public static IEnumerable<(string File, int Number, string Text)> Read(IReadOnlyCollection<string> exempt)
    {
        var tests = Path.Combine(RepositoryRoot.Path, "tests");
        return
            from file in Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories)
            let relative = Path.GetRelativePath(tests, file).Replace('\\', '/')
            where !IsBuildOutput(relative) && !NotTests.Contains(relative.Split('/')[0]) && !exempt.Contains(relative)
            from line in File.ReadLines(file).Select((text, index) => (text, number: index + 1))
            select (relative, line.number, line.text);
    }

    private static bool IsBuildOutput(string relative) =>
        relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal)
        || relative.Contains("/node_modules/", StringComparison.Ordinal);
}
