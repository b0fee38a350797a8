using System.Text.RegularExpressions;
using Bpm.Engine.Tests.Infrastructure;

namespace Bpm.Engine.Tests.Architecture;

/// <summary>One way to run a test class on both databases (issue 13, item 8): an abstract class that takes its database,
/// with one-line Sqlite and Postgres variants (docs/architecture.md, "Testing"). Fails when a test source in the engine or
/// server tests brings a second mechanism back: theory data of the databases or a test method taking its database.</summary>
public sealed class OneDatabaseFixtureTests
{
    private static readonly string[] Projects = ["tests/Bpm.Engine.Tests", "tests/Bpm.Server.Tests", "tests/Shared"];

    private const string Provider = "DatabaseProvider";

    /// <summary>Each second mechanism and how to recognise it in a source file.</summary>
    private static readonly (string Name, Regex Pattern)[] SecondMechanisms =
    [
        ("theory data of the databases (Providers)", new Regex(@"\bProviders\s*\.\s*(Both|Each)\b")),
        ("a database per InlineData", new Regex($@"\bInlineData\(\s*{Provider}\s*\.")),
        ("a test method taking its database",
            new Regex($@"\[\s*\w*(Fact|Theory)\b[^\]]*\]\s*(\[[^\]]*\]\s*)*(public|internal)\s[^(;{{=]*\([^)]*\b{Provider}\b")),
    ];

    public static IEnumerable<string> Offences(string source) =>
        from mechanism in SecondMechanisms
        where mechanism.Pattern.IsMatch(source)
        select mechanism.Name;

    private static IEnumerable<(string Path, string Text)> TestSources() =>
        from project in Projects
        let folder = Path.Combine(RepositoryRoot.Path, project)
        where Directory.Exists(folder)
        from file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
        let relative = Path.GetRelativePath(RepositoryRoot.Path, file).Replace(Path.DirectorySeparatorChar, '/')
        where !relative.Contains("/obj/", StringComparison.Ordinal) && !relative.Contains("/bin/", StringComparison.Ordinal)
            && !relative.EndsWith("/" + nameof(OneDatabaseFixtureTests) + ".cs", StringComparison.Ordinal)
        select (relative, File.ReadAllText(file));

    [Fact]
    public void No_engine_or_server_test_runs_on_both_databases_another_way()
    {
        var offences = (
            from file in TestSources()
            from offence in Offences(file.Text)
            select $"{file.Path}: {offence}").ToList();
        Assert.Empty(offences);
    }

    [Theory]
    [InlineData("[Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]", "theory data of the databases (Providers)")]
    [InlineData("foreach (var provider in Providers.Each) data.Add(kind, provider);", "theory data of the databases (Providers)")]
    [InlineData("[Theory]\n[InlineData(DatabaseProvider.Sqlite)]\npublic void X() { }", "a database per InlineData")]
    [InlineData("[Theory, MemberData(nameof(Cases))]\n    public async Task X(string kind, DatabaseProvider provider)", "a test method taking its database")]
    [InlineData("[PeerModelTheory]\n[MemberData(nameof(Files))]\npublic async Task X(DatabaseProvider provider, PeerModelFile file)", "a test method taking its database")]
    public void The_check_recognises_each_second_mechanism(string source, string expected) =>
        Assert.Contains(expected, Offences(source));

    [Theory]
    [InlineData("public abstract class XTests(DatabaseProvider provider)\n{\n    [Fact]\n    public async Task X() { }\n}")]
    [InlineData("[Fact]\npublic async Task X() { }\nprivate static Task<Db> StartAsync(DatabaseProvider provider) => Db.CreateAsync(provider);")]
    [InlineData("public sealed class XSqliteTests() : XTests(DatabaseProvider.Sqlite);")]
    public void The_check_accepts_the_one_mechanism(string source) =>
        Assert.Empty(Offences(source));
}
