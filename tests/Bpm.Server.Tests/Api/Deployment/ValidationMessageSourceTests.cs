using System.Text.RegularExpressions;
using Bpm.Server.Tests.Workflows;

namespace Bpm.Server.Tests.Api.Deployment;

/// <summary>Every message text of the deployment validators (BPMN parser, form schema, DMN parser, task-header and
/// deployment rules) and of the activity input checks, read from their source: a rule added with an English message fails
/// here before anyone deploys it. Developer-only texts (internal exceptions, logs) are not read. The messages as a person
/// gets them are checked by <see cref="ChineseDeploymentErrorTests"/>.</summary>
public sealed partial class ValidationMessageSourceTests
{
    private static readonly string Root = Path.GetDirectoryName(WorkflowFiles.Folder)!;

    /// <summary>Folders and files whose every statement with text is a validation message (relative to the repository).</summary>
    private static readonly string[] ValidatorSources =
    [
        "engine/Bpm.Engine/Parsing",
        "engine/Bpm.Engine/Forms",
        "engine/Bpm.Engine/Decisions/Parsing",
        "engine/Bpm.Engine/Decisions/DecisionDeployer.cs",
        "engine/Bpm.Engine/Deployment",
        "engine/Bpm.Engine/Invariants/InvariantHeader.cs",
        "engine/Bpm.Engine/Invariants/ClosingRuleProperty.cs",
        "modules/Bpm.Enforcement/Evidence/EvidenceHeader.cs",
        "modules/Bpm.Enforcement/Qualification/AssignmentHeaders.cs",
        "modules/Bpm.Enforcement/Qualification/SeparationOfDutiesRule.cs",
        "modules/Bpm.Enforcement/Qualification/TwoOfficersRule.cs",
        "engine/Bpm.Engine/Timers/TimerStartSubscriptions.cs",
        "engine/Bpm.Engine/Activities/Invocation",
        "engine/Bpm.Server/Deployment",
    ];

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var source in ValidatorSources)
        {
            var path = Path.Combine(Root, source);
            var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.cs", SearchOption.AllDirectories) : [path];
            foreach (var file in files.Order(StringComparer.Ordinal)) data.Add(Path.GetRelativePath(Root, file).Replace('\\', '/'));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_message_of_a_validator_is_chinese(string file)
    {
        var english = Statements(File.ReadAllText(Path.Combine(Root, file)))
            .Where(statement => !DeveloperOnly().IsMatch(statement))
            .SelectMany(Texts)
            .Where(text => EnglishSentence.In(text) is not null)
            .ToList();
        Assert.True(english.Count == 0, $"{file} has English messages:\n{string.Join("\n", english)}");
    }

    [Fact]
    public void Every_activity_input_error_is_chinese()
    {
        var files = Directory.GetFiles(Path.Combine(Root, "activities"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var inputErrors = files.SelectMany(f => Statements(File.ReadAllText(f)).Where(s => s.Contains("ActivityInputException(", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(inputErrors);
        var english = inputErrors.SelectMany(Texts).Where(text => EnglishSentence.In(text) is not null).ToList();
        Assert.True(english.Count == 0, $"English activity input errors:\n{string.Join("\n", english)}");
    }

    [Fact]
    public void The_reader_finds_an_english_message_in_a_statement()
    {
        const string code = """
            // a comment with many English words is no message
            ctx.Error(element, $"{ElementLabel.Of(element)} has no task definition type");
            throw new InvalidOperationException($"stored definition {key} no longer contains the process");
            ctx.Error(element, $"{ElementLabel.Of(element)}没有任务类型（zeebe:taskDefinition type）");
            """;
        var english = Statements(code).Where(s => !DeveloperOnly().IsMatch(s)).SelectMany(Texts).Where(t => EnglishSentence.In(t) is not null).ToList();
        Assert.Equal("has no task definition type", Assert.Single(english).Trim());
    }

    /// <summary>The code's statements (split at ';' and at block braces), comments removed.</summary>
    private static IEnumerable<string> Statements(string code) =>
        StatementEnd().Split(Comment().Replace(code, "")).Where(s => s.Contains('"', StringComparison.Ordinal));

    /// <summary>The literal text of each string in a statement, interpolation holes removed.</summary>
    private static IEnumerable<string> Texts(string statement) =>
        Literal().Matches(statement).Select(m => Hole().Replace(m.Groups["text"].Value, " "));

    [GeneratedRegex(@"(?m)^\s*//.*$")]
    private static partial Regex Comment();

    [GeneratedRegex(@";|\{\s*$|^\s*\}", RegexOptions.Multiline)]
    private static partial Regex StatementEnd();

    [GeneratedRegex(@"\$?""(?<text>(?:[^""\\\n]|\\.)*)""")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Hole();

    /// <summary>Texts no person reads: exceptions for programming errors and log lines.</summary>
    [GeneratedRegex(@"InvalidOperationException\(|ArgumentException\(|NotSupportedException\(|ActivityDefinitionException\(|\bLog(Trace|Debug|Information|Warning|Error|Critical)\(|UnreachableException\(")]
    private static partial Regex DeveloperOnly();
}
